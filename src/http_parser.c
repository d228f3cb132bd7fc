/* http_parser.c -- internalBinding('http_parser'): HTTP/1.x message parsing on llhttp for
 * lib/_http_common.js, lib/_http_server.js and lib/_http_client.js. One call into JS per
 * message head (all its headers in one flat array), one per body chunk, one at the end. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "llhttp.h"

/* Callback slots on the parser object. Keep in sync with lib/_http_common.js. */
enum {
  K_ON_MESSAGE_BEGIN,
  K_ON_HEADERS,
  K_ON_HEADERS_COMPLETE,
  K_ON_BODY,
  K_ON_MESSAGE_COMPLETE,
  K_ON_EXECUTE,
  K_ON_TIMEOUT
};

/* The bits of initialize()'s lenient argument, as Node's kLenient* flags. */
enum {
  LENIENT_HEADERS_F = 1 << 0,
  LENIENT_CHUNKED_LENGTH_F = 1 << 1,
  LENIENT_KEEP_ALIVE_F = 1 << 2,
  LENIENT_TRANSFER_ENCODING_F = 1 << 3,
};

typedef struct {
  uint32_t name_off, name_len, value_off, value_len;
} header_span;

typedef enum { IN_NONE, IN_FIELD, IN_VALUE } header_state;

typedef struct {
  llhttp_t llhttp;
  node_env *env;
  js_ref *self;
  js_value obj;                  /* during execute()/finish(): the parser object */

  /* the head being read: url, status text and header bytes in one growing buffer */
  char *bytes;
  size_t bytes_len, bytes_cap;
  uint32_t url_off, url_len, status_off, status_len;
  header_span *headers;
  uint32_t nheaders, headers_cap;
  header_state state;

  size_t header_nread;           /* head bytes counted against max_header_size */
  size_t max_header_size;
  int in_trailers;               /* headers after a chunked body */
  int got_exception;             /* a JS callback threw: execute() rethrows */
  const char *error_at;          /* where our own checks found an error, for bytesParsed */
  int active;                    /* between a message's first byte and its end */
  int headers_completed;
  double message_start;          /* loop time (ms) at the message's first byte */
  int initialized;
} parser;

static llhttp_settings_t settings;
static js_ref *buffer_prototype;

/* -- the head's bytes -- */

static int bytes_append(parser *p, const char *at, size_t len) {
  if (p->bytes_len + len > p->bytes_cap) {
    size_t cap = p->bytes_cap ? p->bytes_cap * 2 : 1024;
    while (cap < p->bytes_len + len) cap *= 2;
    char *b = realloc(p->bytes, cap);
    if (!b) return -1;
    p->bytes = b;
    p->bytes_cap = cap;
  }
  memcpy(p->bytes + p->bytes_len, at, len);
  p->bytes_len += len;
  return 0;
}

static void head_reset(parser *p) {
  p->bytes_len = 0;
  p->url_off = p->url_len = p->status_off = p->status_len = 0;
  p->nheaders = 0;
  p->state = IN_NONE;
}

/* Counts head bytes as Node does: over the limit is HPE_HEADER_OVERFLOW. */
static int track_header(parser *p, size_t len) {
  p->header_nread += len;
  if (p->header_nread >= p->max_header_size) {
    llhttp_set_error_reason(&p->llhttp, "HPE_HEADER_OVERFLOW:Header overflow");
    return HPE_USER;
  }
  return 0;
}

static parser *parser_of(llhttp_t *l) { return (parser *)l; }

static int on_message_begin(llhttp_t *l) {
  parser *p = parser_of(l);
  head_reset(p);
  p->header_nread = 0;
  p->in_trailers = 0;
  p->active = 1;
  p->headers_completed = 0;
  p->message_start = (double)uv_now(p->env->loop);
  return 0;
}

static int on_url(llhttp_t *l, const char *at, size_t len) {
  parser *p = parser_of(l);
  int err = track_header(p, len);
  if (err) return err;
  if (p->url_len == 0) p->url_off = (uint32_t)p->bytes_len;
  p->url_len += (uint32_t)len;
  return bytes_append(p, at, len) ? HPE_USER : 0;
}

static int on_status(llhttp_t *l, const char *at, size_t len) {
  parser *p = parser_of(l);
  int err = track_header(p, len);
  if (err) return err;
  if (p->status_len == 0) p->status_off = (uint32_t)p->bytes_len;
  p->status_len += (uint32_t)len;
  return bytes_append(p, at, len) ? HPE_USER : 0;
}

/* RFC 9110 section 5.6.2 tchar */
static int is_tchar(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return 1;
  return c && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int on_header_field(llhttp_t *l, const char *at, size_t len) {
  parser *p = parser_of(l);
  int err = track_header(p, len);
  if (err) return err;
  /* this llhttp lets some bad names through that Node 20's refuses */
  for (size_t i = 0; i < len; i++) {
    if (!is_tchar((unsigned char)at[i])) {
      llhttp_set_error_reason(l, "HPE_INVALID_HEADER_TOKEN:Invalid header token");
      p->error_at = at + i;
      return HPE_USER;
    }
  }
  if (p->state != IN_FIELD) {
    if (p->nheaders == p->headers_cap) {
      uint32_t cap = p->headers_cap ? p->headers_cap * 2 : 32;
      header_span *h = realloc(p->headers, cap * sizeof *h);
      if (!h) return HPE_USER;
      p->headers = h;
      p->headers_cap = cap;
    }
    header_span *h = &p->headers[p->nheaders++];
    h->name_off = (uint32_t)p->bytes_len;
    h->name_len = 0;
    h->value_off = 0;
    h->value_len = 0;
    p->state = IN_FIELD;
  }
  p->headers[p->nheaders - 1].name_len += (uint32_t)len;
  return bytes_append(p, at, len) ? HPE_USER : 0;
}

static int on_header_value(llhttp_t *l, const char *at, size_t len) {
  parser *p = parser_of(l);
  int err = track_header(p, len);
  if (err) return err;
  header_span *h = &p->headers[p->nheaders - 1];
  if (p->state != IN_VALUE) {
    /* RFC 9112 section 6.1: Transfer-Encoding after Content-Length is refused here, as Node
     * 20's llhttp does (this one notices only at the end of the head) */
    if (h->name_len == 17 && !strncasecmp(p->bytes + h->name_off, "transfer-encoding", 17) &&
        (l->flags & F_CONTENT_LENGTH) && !(l->lenient_flags & LENIENT_CHUNKED_LENGTH)) {
      llhttp_set_error_reason(l, "HPE_INVALID_TRANSFER_ENCODING:Transfer-Encoding can't be "
                                 "present with Content-Length");
      p->error_at = at - 1;
      return HPE_USER;
    }
    h->value_off = (uint32_t)p->bytes_len;
    p->state = IN_VALUE;
  }
  h->value_len += (uint32_t)len;
  return bytes_append(p, at, len) ? HPE_USER : 0;
}

static js_value latin1(js_env *js, const char *s, size_t len) {
  return js_string_latin1(js, s, len);
}

/* [name, value, ...] of the headers read so far; values lose trailing blanks, as Node's. */
static js_value header_array(parser *p) {
  js_env *js = p->env->js;
  js_value a = js_array_new(js, p->nheaders * 2);
  for (uint32_t i = 0; i < p->nheaders; i++) {
    header_span *h = &p->headers[i];
    const char *v = p->bytes + h->value_off;
    uint32_t vlen = h->value_len;
    while (vlen > 0 && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t')) vlen--;
    js_set_index(js, a, i * 2, latin1(js, p->bytes + h->name_off, h->name_len));
    js_set_index(js, a, i * 2 + 1, latin1(js, v, vlen));
  }
  return a;
}

/* Calls parser[slot](argv...): -1 when the slot holds no function, -2 when it threw. */
static int call_slot(parser *p, int slot, int argc, js_value *argv, js_value *result) {
  js_env *js = p->env->js;
  js_value fn = js_get_index(js, p->obj, (uint32_t)slot);
  if (!fn) {
    p->got_exception = 1;
    return -2;
  }
  if (!js_is(fn, JS_IS_FUNCTION)) return -1;
  js_value r;
  if (js_call_function(js, fn, p->obj, argc, argv, &r)) {
    p->got_exception = 1;
    return -2;
  }
  if (result) *result = r;
  return 0;
}

static int on_headers_complete(llhttp_t *l) {
  parser *p = parser_of(l);
  js_env *js = p->env->js;
  p->headers_completed = 1;
  p->header_nread = 0;
  int request = l->type == HTTP_REQUEST;
  /* onHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
   * statusMessage, upgrade, shouldKeepAlive) */
  js_value argv[9];
  js_value undef = js_undefined(js);
  argv[0] = js_int32(js, l->http_major);
  argv[1] = js_int32(js, l->http_minor);
  argv[2] = header_array(p);
  argv[3] = request ? js_int32(js, l->method) : undef;
  argv[4] = request ? latin1(js, p->bytes + p->url_off, p->url_len) : undef;
  argv[5] = request ? undef : js_int32(js, l->status_code);
  argv[6] = request ? undef : latin1(js, p->bytes + p->status_off, p->status_len);
  argv[7] = js_boolean(js, l->upgrade);
  argv[8] = js_boolean(js, llhttp_should_keep_alive(l));
  head_reset(p);
  js_value r = NULL;
  int rc = call_slot(p, K_ON_HEADERS_COMPLETE, 9, argv, &r);
  if (rc == -2) return -1;
  if (rc == -1 || !r) return 0;
  /* 1: the message has no body (a response to HEAD); 2: no body, and an upgrade */
  if (js_is(r, JS_IS_BOOLEAN)) return js_to_bool(r) ? 1 : 0;
  if (js_is(r, JS_IS_INT32)) return js_int32_value(r);
  return 0;
}

static int on_body(llhttp_t *l, const char *at, size_t len) {
  parser *p = parser_of(l);
  js_env *js = p->env->js;
  void *data;
  js_value ab = js_array_buffer_new_uninit(js, len, &data);
  if (!ab) return HPE_USER;
  memcpy(data, at, len);
  js_value buf = js_typed_array_new(js, JS_UINT8, ab, 0, len);
  js_set_prototype(js, buf, js_ref_get(js, buffer_prototype));
  return call_slot(p, K_ON_BODY, 1, &buf, NULL) == -2 ? HPE_USER : 0;
}

static int on_chunk_header(llhttp_t *l) {
  parser *p = parser_of(l);
  /* the trailer section follows the last chunk; it gets its own header budget */
  if (l->content_length == 0) {
    p->in_trailers = 1;
    head_reset(p);
  }
  return 0;
}

static int on_message_complete(llhttp_t *l) {
  parser *p = parser_of(l);
  js_env *js = p->env->js;
  if (p->nheaders > 0) {
    /* trailers: onHeaders(headers, url) */
    js_value argv[2] = { header_array(p), js_string_intern(js, "") };
    head_reset(p);
    if (call_slot(p, K_ON_HEADERS, 2, argv, NULL) == -2) return HPE_USER;
  }
  p->active = 0;
  p->header_nread = 0;
  return call_slot(p, K_ON_MESSAGE_COMPLETE, 0, NULL, NULL) == -2 ? HPE_USER : 0;
}

/* -- the class -- */

static void parser_free(parser *p) {
  free(p->bytes);
  free(p->headers);
  free(p);
}

static void parser_gc(void *data) {
  parser *p = data;
  js_ref_free(p->self);
  parser_free(p);
}

static parser *parser_this(js_call *call) { return js_unwrap(js_this(call)); }

/* new HTTPParser() */
static js_value parser_new(js_env *js, js_call *call) {
  js_value self = js_this(call);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    return NULL;
  }
  parser *p = calloc(1, sizeof *p);
  if (!p) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  p->env = env_of(js);
  p->max_header_size = 16384;
  llhttp_init(&p->llhttp, HTTP_REQUEST, &settings);
  js_wrap(self, p);
  p->self = js_ref_new(js, self);
  js_ref_set_weak(p->self, parser_gc, p);
  return NULL;
}

/* initialize(type, maxHeaderSize, lenientFlags): ready for a new connection. */
static js_value parser_initialize(js_env *js, js_call *call) {
  parser *p = parser_this(call);
  js_value type = js_arg(call, 0), max = js_arg(call, 1), lenient = js_arg(call, 2);
  if (!p || !js_is(type, JS_IS_INT32) ||
      (js_int32_value(type) != HTTP_REQUEST && js_int32_value(type) != HTTP_RESPONSE)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "initialize(type, maxHeaderSize, lenient)");
    return NULL;
  }
  llhttp_init(&p->llhttp, (llhttp_type_t)js_int32_value(type), &settings);
  uint32_t flags = js_is(lenient, JS_IS_NUMBER) ? js_uint32_value(lenient) : 0;
  if (flags & LENIENT_HEADERS_F) llhttp_set_lenient_headers(&p->llhttp, 1);
  if (flags & LENIENT_CHUNKED_LENGTH_F) llhttp_set_lenient_chunked_length(&p->llhttp, 1);
  if (flags & LENIENT_KEEP_ALIVE_F) llhttp_set_lenient_keep_alive(&p->llhttp, 1);
  if (flags & LENIENT_TRANSFER_ENCODING_F) llhttp_set_lenient_transfer_encoding(&p->llhttp, 1);
  p->max_header_size = js_is(max, JS_IS_NUMBER) && js_number_value(max) > 0
                           ? (size_t)js_number_value(max) : 16384;
  head_reset(p);
  p->header_nread = 0;
  p->in_trailers = 0;
  p->got_exception = 0;
  /* a new connection counts as a message begun: a silent client meets headersTimeout */
  p->active = 1;
  p->headers_completed = 0;
  p->message_start = (double)uv_now(p->env->loop);
  p->initialized = 1;
  return NULL;
}

/* The Error Node makes for a parse error: message "Parse Error: <reason>", code HPE_*,
 * reason, bytesParsed (rawPacket is added by lib/). */
static js_value parse_error(js_env *js, parser *p, llhttp_errno_t err, size_t nread) {
  const char *reason = llhttp_get_error_reason(&p->llhttp);
  const char *code = llhttp_errno_name(err);
  char codebuf[64];
  if (err == HPE_USER && reason && !strncmp(reason, "HPE_", 4) && strchr(reason, ':')) {
    /* our own errors carry their code before the colon */
    size_t n = (size_t)(strchr(reason, ':') - reason);
    if (n >= sizeof codebuf) n = sizeof codebuf - 1;
    memcpy(codebuf, reason, n);
    codebuf[n] = 0;
    code = codebuf;
    reason = strchr(reason, ':') + 1;
  }
  if (!reason) reason = "";
  size_t rlen = strlen(reason);
  char *msg = malloc(rlen + 16);
  if (!msg) return NULL;
  memcpy(msg, "Parse Error: ", 13);
  memcpy(msg + 13, reason, rlen + 1);
  js_value e = js_error_new(js, "Error", NULL, msg);
  free(msg);
  js_set_named(js, e, "bytesParsed", js_number(js, (double)nread));
  js_set_named(js, e, "code", js_string_utf8(js, code, (size_t)-1));
  js_set_named(js, e, "reason", js_string_utf8(js, reason, (size_t)-1));
  return e;
}

/* The outcome of llhttp on data: bytes parsed (a number), or an Error; NULL when a callback
 * threw. */
static js_value finish_call(js_env *js, parser *p, llhttp_errno_t err, const char *data,
                            size_t len) {
  p->obj = NULL;
  if (p->got_exception) {
    p->got_exception = 0;
    return NULL;
  }
  if (err == HPE_OK) return js_number(js, (double)len);
  size_t nread = len;
  const char *pos = p->error_at ? p->error_at : llhttp_get_error_pos(&p->llhttp);
  p->error_at = NULL;
  if (data && pos && pos >= data && pos <= data + len) nread = (size_t)(pos - data);
  if (err == HPE_PAUSED_UPGRADE) {
    /* the bytes after the head belong to the new protocol */
    llhttp_resume_after_upgrade(&p->llhttp);
    return js_number(js, (double)nread);
  }
  return parse_error(js, p, err, nread);
}

/* execute(buffer): bytes parsed, or an Error. */
static js_value parser_execute(js_env *js, js_call *call) {
  parser *p = parser_this(call);
  uint8_t *data;
  size_t len;
  if (!p || js_view_bytes(js_arg(call, 0), &data, &len)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "execute(buffer)");
    return NULL;
  }
  if (p->obj) {
    js_throw_error(js, "ERR_INVALID_STATE", "execute() called from a parser callback");
    return NULL;
  }
  p->obj = js_this(call);
  llhttp_errno_t err = llhttp_execute(&p->llhttp, (const char *)data, len);
  return finish_call(js, p, err, (const char *)data, len);
}

/* finish(): the end of the input; undefined, or an Error. */
static js_value parser_finish(js_env *js, js_call *call) {
  parser *p = parser_this(call);
  if (!p || p->obj) return NULL;
  p->obj = js_this(call);
  llhttp_errno_t err = llhttp_finish(&p->llhttp);
  js_value r = finish_call(js, p, err, NULL, 0);
  return r && js_is(r, JS_IS_NUMBER) ? NULL : r;
}

static js_value parser_pause(js_env *js, js_call *call) {
  (void)js;
  parser *p = parser_this(call);
  if (p) llhttp_pause(&p->llhttp);
  return NULL;
}

static js_value parser_resume(js_env *js, js_call *call) {
  (void)js;
  parser *p = parser_this(call);
  if (p) llhttp_resume(&p->llhttp);
  return NULL;
}

/* timing(): [active, headersCompleted, ms since the message's first byte] for the server's
 * header and request time-outs. */
static js_value parser_timing(js_env *js, js_call *call) {
  parser *p = parser_this(call);
  js_value items[3] = {
    js_boolean(js, p && p->initialized && p->active),
    js_boolean(js, p && p->headers_completed),
    js_number(js, p ? (double)uv_now(p->env->loop) - p->message_start : 0),
  };
  return js_array_from(js, items, 3);
}

static const js_method parser_methods[] = {
  {"execute", parser_execute, 1},
  {"finish", parser_finish, 0},
  {"initialize", parser_initialize, 3},
  {"pause", parser_pause, 0},
  {"resume", parser_resume, 0},
  {"timing", parser_timing, 0},
};

static js_value method_names(js_env *js) {
  js_value a = js_array_new(js, 0);
  /* llhttp's request methods, in its numbering (index = the method number given to JS) */
#define XX(num, name, string) js_set_index(js, a, num, js_string_intern(js, #string));
  HTTP_ALL_METHOD_MAP(XX)
#undef XX
  return a;
}

/* The methods Node lists in http.METHODS: HTTP's and WebDAV's, not RTSP's. */
static js_value http_method_names(js_env *js) {
  js_value a = js_array_new(js, 0);
  uint32_t n = 0;
#define XX(num, name, string) js_set_index(js, a, n++, js_string_intern(js, #string));
  HTTP_METHOD_MAP(XX)
#undef XX
  return a;
}

js_value binding_init_http_parser(node_env *env) {
  js_env *js = env->js;
  llhttp_settings_init(&settings);
  settings.on_message_begin = on_message_begin;
  settings.on_url = on_url;
  settings.on_status = on_status;
  settings.on_header_field = on_header_field;
  settings.on_header_value = on_header_value;
  settings.on_headers_complete = on_headers_complete;
  settings.on_body = on_body;
  settings.on_chunk_header = on_chunk_header;
  settings.on_message_complete = on_message_complete;

  js_value ib = env_require_builtin(env, "internal/buffer");
  if (!ib) return NULL;
  js_value fb = js_get_named(js, ib, "FastBuffer");
  if (!fb) return NULL;
  js_value proto = js_get_named(js, fb, "prototype");
  if (!proto) return NULL;
  buffer_prototype = js_ref_new(js, proto);

  js_value cls = js_class_new(js, "HTTPParser", parser_new, parser_methods,
                              ARRAY_SIZE(parser_methods), 1);
  if (!cls) return NULL;
  js_set_named(js, cls, "REQUEST", js_int32(js, HTTP_REQUEST));
  js_set_named(js, cls, "RESPONSE", js_int32(js, HTTP_RESPONSE));
  js_set_named(js, cls, "kOnMessageBegin", js_int32(js, K_ON_MESSAGE_BEGIN));
  js_set_named(js, cls, "kOnHeaders", js_int32(js, K_ON_HEADERS));
  js_set_named(js, cls, "kOnHeadersComplete", js_int32(js, K_ON_HEADERS_COMPLETE));
  js_set_named(js, cls, "kOnBody", js_int32(js, K_ON_BODY));
  js_set_named(js, cls, "kOnMessageComplete", js_int32(js, K_ON_MESSAGE_COMPLETE));
  js_set_named(js, cls, "kOnExecute", js_int32(js, K_ON_EXECUTE));
  js_set_named(js, cls, "kOnTimeout", js_int32(js, K_ON_TIMEOUT));
  js_set_named(js, cls, "kLenientNone", js_int32(js, 0));
  js_set_named(js, cls, "kLenientHeaders", js_int32(js, LENIENT_HEADERS_F));
  js_set_named(js, cls, "kLenientChunkedLength", js_int32(js, LENIENT_CHUNKED_LENGTH_F));
  js_set_named(js, cls, "kLenientKeepAlive", js_int32(js, LENIENT_KEEP_ALIVE_F));
  js_set_named(js, cls, "kLenientTransferEncoding", js_int32(js, LENIENT_TRANSFER_ENCODING_F));
  js_set_named(js, cls, "kLenientAll",
               js_int32(js, LENIENT_HEADERS_F | LENIENT_CHUNKED_LENGTH_F | LENIENT_KEEP_ALIVE_F |
                                LENIENT_TRANSFER_ENCODING_F));

  js_value b = js_object_new(js);
  js_set_named(js, b, "HTTPParser", cls);
  js_set_named(js, b, "allMethods", method_names(js));
  js_set_named(js, b, "methods", http_method_names(js));
  return b;
}
