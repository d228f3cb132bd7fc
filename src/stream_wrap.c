/* stream_wrap.c -- internalBinding('stream_wrap') and what every handle class shares: close,
 * ref/unref, and for libuv streams (TCP, Pipe) reads, writes (uv_try_write first) and shutdown
 * (lib/internal/stream_base_commons.js, lib/net.js). */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

#include "internal.h"

/* Keep in sync with lib/internal/stream_base_commons.js (Node's streamBaseState). */
enum {
  READ_BYTES_OR_ERROR,
  ARRAY_BUFFER_OFFSET,
  BYTES_WRITTEN,
  LAST_WRITE_WAS_ASYNC,
  STREAM_STATE_FIELDS
};

static int32_t *stream_state;
static js_ref *onread_key, *oncomplete_key, *onconnection_key;

/* -- read buffers --
 * JS gets each read as an ArrayBuffer of exactly the bytes read, as Node gives them (code
 * reads `chunk.buffer`). A read goes into a READ_MAX malloc'd block: a large read keeps it,
 * shrunk in place by realloc, as the ArrayBuffer's memory (no copy); a small one is copied
 * into a new ArrayBuffer and the block stays for the next read, so that keeping many small
 * chunks does not pin or fragment 64 KiB blocks. */
#define READ_MAX (64 * 1024)
#define SMALL_READ 4096

static char *spare_block;

static void block_free(void *data, size_t len, void *hint) {
  (void)len;
  (void)hint;
  free(data);
}

/* The ArrayBuffer of a read of n bytes into block, which it takes. */
static js_value read_array_buffer(node_env *env, char *block, size_t n) {
  js_env *js = env->js;
  if (n <= SMALL_READ) {
    void *data;
    js_value ab = js_array_buffer_new_uninit(js, n, &data);
    if (ab) memcpy(data, block, n);
    if (!spare_block) spare_block = block;
    else free(block);
    return ab;
  }
  char *shrunk = realloc(block, n);
  if (shrunk) block = shrunk;
  return js_array_buffer_external(js, block, n, block_free, NULL);
}

/* -- handles -- */

void handle_wrap_init(handle_wrap *w, node_env *env, js_value obj, uv_handle_t *handle) {
  w->env = env;
  w->self = js_ref_new(env->js, obj);
  w->onclose = NULL;
  w->handle = handle;
  w->closing = 0;
  w->cleanup = NULL;
  handle->data = w;
  js_wrap(obj, w);
  env_capture_async_context(env, obj);
}

handle_wrap *handle_wrap_this(js_call *call) {
  handle_wrap *w = js_unwrap(js_this(call));
  return w && !w->closing ? w : NULL;
}

int handle_wrap_begin_close(handle_wrap *w, js_value cb) {
  if (w->closing) return -1;
  w->closing = 1;
  if (cb && js_is(cb, JS_IS_FUNCTION)) w->onclose = js_ref_new(w->env->js, cb);
  return 0;
}

/* The wrap's memory (it starts the allocation) goes here, after the last libuv callback. */
void handle_wrap_close_cb(uv_handle_t *handle) {
  handle_wrap *w = handle->data;
  node_env *env = w->env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, w->self);
  js_wrap(obj, NULL);
  if (w->cleanup) w->cleanup(w);
  js_ref_free(w->self);
  if (w->onclose) {
    js_value cb = js_ref_get(js, w->onclose);
    js_ref_free(w->onclose);
    free(w);
    env_make_callback(env, cb, obj, 0, NULL, NULL);
  } else {
    free(w);
  }
  js_scope_close(&scope);
}

/* close([cb]) */
static js_value handle_close(js_env *js, js_call *call) {
  (void)js;
  handle_wrap *w = js_unwrap(js_this(call));
  if (w && handle_wrap_begin_close(w, js_arg(call, 0)) == 0)
    uv_close(w->handle, handle_wrap_close_cb);
  return NULL;
}

static js_value handle_has_ref(js_env *js, js_call *call) {
  handle_wrap *w = handle_wrap_this(call);
  return js_boolean(js, w && uv_has_ref(w->handle));
}

static js_value handle_ref(js_env *js, js_call *call) {
  (void)js;
  handle_wrap *w = handle_wrap_this(call);
  if (w) uv_ref(w->handle);
  return NULL;
}

static js_value handle_unref(js_env *js, js_call *call) {
  (void)js;
  handle_wrap *w = handle_wrap_this(call);
  if (w) uv_unref(w->handle);
  return NULL;
}

/* -- reads -- */

static void close_peer(stream_wrap *p) {
  handle_wrap_begin_close(&p->h, NULL);
  uv_close(p->h.handle, handle_wrap_close_cb);
}

static void stream_cleanup(handle_wrap *w) {
  stream_wrap *s = (stream_wrap *)w;
  if (s->user_buffer) js_ref_free(s->user_buffer);
  s->user_buffer = NULL;
}

void stream_wrap_init(stream_wrap *s, node_env *env, js_value obj, uv_stream_t *stream) {
  handle_wrap_init(&s->h, env, obj, (uv_handle_t *)stream);
  s->h.cleanup = stream_cleanup;
  s->stream = stream;
  s->bytes_read = 0;
  s->bytes_written = 0;
  s->user_buffer = NULL;
  s->writes = NULL;
  s->last_write = NULL;
}

static stream_wrap *stream_this(js_call *call) { return (stream_wrap *)handle_wrap_this(call); }

static void alloc_cb(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  (void)suggested;
  stream_wrap *s = handle->data;
  if (s->user_buffer) {
    /* The user's buffer is kept alive by the ref; a detached one gives no room (ENOBUFS). */
    js_env *js = s->h.env->js;
    js_scope scope;
    js_scope_open(js, &scope);
    uint8_t *data = NULL;
    size_t len = 0;
    if (js_bytes(js_ref_get(js, s->user_buffer), &data, &len) || !data) len = 0;
    js_scope_close(&scope);
    *buf = uv_buf_init((char *)data, (unsigned)(len > UINT32_MAX ? UINT32_MAX : len));
    return;
  }
  char *block = spare_block ? spare_block : malloc(READ_MAX);
  spare_block = NULL;
  *buf = uv_buf_init(block, block ? READ_MAX : 0);
}

/* A new, unconnected TCP or Pipe object (binding `binding`, class `cls`), or NULL. */
static js_value new_socket_handle(node_env *env, const char *binding, const char *cls) {
  js_env *js = env->js;
  js_value b = binding_get(env, binding), ctor, consts, type, obj;
  if (!b || !(ctor = js_get_named(js, b, cls)) || !(consts = js_get_named(js, b, "constants")) ||
      !(type = js_get_named(js, consts, "SOCKET")))
    return NULL;
  if (js_construct(js, ctor, 1, &type, &obj)) return NULL;
  return obj;
}

/* A handle that came with a read on an IPC pipe (uv_write2 on the other side) is accepted
 * into a new TCP or Pipe object, set as the pipe's `pendingHandle` for onread to take, as
 * Node's stream wrap does. Other kinds (UDP) stay in libuv's queue, whose descriptors it
 * closes with the pipe. */
static void accept_pending(node_env *env, stream_wrap *s, js_value obj) {
  uv_handle_type type = uv_pipe_pending_type((uv_pipe_t *)s->stream);
  js_value peer = type == UV_TCP ? new_socket_handle(env, "tcp_wrap", "TCP")
                : type == UV_NAMED_PIPE ? new_socket_handle(env, "pipe_wrap", "Pipe") : NULL;
  stream_wrap *p = peer ? js_unwrap(peer) : NULL;
  if (!p) return;
  if (uv_accept(s->stream, p->stream)) {
    close_peer(p);
    return;
  }
  js_set_named(env->js, obj, "pendingHandle", peer);
}

static void read_cb(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  stream_wrap *s = stream->data;
  if (nread == 0) {
    /* EAGAIN: the block is kept for the next read */
    if (!s->user_buffer && buf->base && !spare_block) spare_block = buf->base;
    else if (!s->user_buffer) free(buf->base);
    return;
  }
  node_env *env = s->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, s->h.self);
  js_value arg = js_undefined(js);
  int user = s->user_buffer != NULL;
  stream_state[READ_BYTES_OR_ERROR] = (int32_t)nread;
  stream_state[ARRAY_BUFFER_OFFSET] = 0;
  if (nread > 0) {
    s->bytes_read += (uint64_t)nread;
    if (!user) {
      arg = read_array_buffer(env, buf->base, (size_t)nread);
      if (!arg) goto out;
    }
  } else if (!user && buf->base) {
    if (!spare_block) spare_block = buf->base;
    else free(buf->base);
  }
  if (nread > 0 && stream->type == UV_NAMED_PIPE && ((uv_pipe_t *)stream)->ipc &&
      uv_pipe_pending_count((uv_pipe_t *)stream) > 0)
    accept_pending(env, s, obj);
  js_value fn = js_get(js, obj, js_ref_get(js, onread_key));
  if (!fn || !js_is(fn, JS_IS_FUNCTION)) goto out;
  js_value r = NULL;
  if (env_make_callback(env, fn, obj, 1, &arg, &r) == 0 && user && r &&
      js_is(r, JS_IS_UINT8_ARRAY) && s->user_buffer && !s->h.closing) {
    /* onread may hand back the buffer the next read goes into. */
    js_ref_free(s->user_buffer);
    s->user_buffer = js_ref_new(js, r);
  }
out:
  js_scope_close(&scope);
}

static js_value stream_read_start(js_env *js, js_call *call) {
  stream_wrap *s = stream_this(call);
  if (!s) return js_int32(js, UV_EBADF);
  int err = uv_read_start(s->stream, alloc_cb, read_cb);
  /* Node allows readStart on a stream already reading. */
  return js_int32(js, err == UV_EALREADY ? 0 : err);
}

static js_value stream_read_stop(js_env *js, js_call *call) {
  stream_wrap *s = stream_this(call);
  if (!s) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_read_stop(s->stream));
}

/* useUserBuffer(buf): reads go into buf (onread gets undefined, the count in the state). */
static js_value stream_use_user_buffer(js_env *js, js_call *call) {
  stream_wrap *s = stream_this(call);
  js_value buf = js_arg(call, 0);
  if (!s || !js_is(buf, JS_IS_ARRAY_BUFFER_VIEW)) return js_int32(js, UV_EINVAL);
  if (s->user_buffer) js_ref_free(s->user_buffer);
  s->user_buffer = js_ref_new(js, buf);
  return js_int32(js, 0);
}

/* -- requests -- */

static js_value req_wrap_new(js_env *js, js_call *call) {
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    return NULL;
  }
  js_wrap(js_this(call), NULL);
  env_capture_async_context(env_of(js), js_this(call));
  return NULL;
}

/* The callback names C looks up, made once: any binding with handles or requests may be the
 * first loaded. */
static void init_keys(js_env *js) {
  if (oncomplete_key) return;
  onread_key = js_ref_new(js, js_string_intern(js, "onread"));
  oncomplete_key = js_ref_new(js, js_string_intern(js, "oncomplete"));
  onconnection_key = js_ref_new(js, js_string_intern(js, "onconnection"));
}

js_value req_wrap_class_new(node_env *env, const char *name) {
  init_keys(env->js);
  return js_class_new(env->js, name, req_wrap_new, NULL, 0, 1);
}

void req_wrap_complete(node_env *env, js_value obj, int argc, js_value *argv) {
  js_env *js = env->js;
  js_value fn = js_get(js, obj, js_ref_get(js, oncomplete_key));
  if (fn && js_is(fn, JS_IS_FUNCTION)) env_make_callback(env, fn, obj, argc, argv, NULL);
}

/* -- writes --
 * A write first tries uv_try_write; what the kernel does not take at once goes to uv_write
 * with a write_req that keeps the JS request (and through it the buffers) alive and owns the
 * bytes of encoded strings. lib/ reads BYTES_WRITTEN and LAST_WRITE_WAS_ASYNC after the call;
 * an async write ends in req.oncomplete(status, handle). */

typedef struct write_req {
  uv_write_t req;
  stream_wrap *s;
  struct write_req *next;        /* in s->writes */
  js_ref *obj;
  char *storage;         /* encoded strings; points into this allocation */
  size_t storage_len;
  char inline_storage[];
} write_req;

static write_req *write_req_new(size_t storage) {
  write_req *wr = malloc(sizeof *wr + storage);
  if (!wr) return NULL;
  wr->obj = NULL;
  wr->storage = storage ? wr->inline_storage : NULL;
  wr->storage_len = storage;
  return wr;
}

static void after_write(uv_write_t *req, int status) {
  write_req *wr = (write_req *)req;
  stream_wrap *s = wr->s;
  node_env *env = s->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, wr->obj);
  js_ref_free(wr->obj);
  /* libuv ends a stream's writes in order: this is nearly always the first */
  write_req **link = &s->writes, *prev = NULL;
  while (*link != wr) {
    prev = *link;
    link = &(*link)->next;
  }
  *link = wr->next;
  if (s->last_write == wr) s->last_write = prev;
  free(wr);
  js_value argv[2] = { js_int32(js, status), js_ref_get(js, s->h.self) };
  req_wrap_complete(env, obj, 2, argv);
  js_scope_close(&scope);
}

/* Writes bufs (total bytes). `wr`, when given, owns bytes some bufs point into and is used
 * (or freed) here. `scratch`: the one buf is a caller's stack buffer, whose bytes are copied
 * before an asynchronous write. `send`: a handle to pass along (IPC pipes), which only an
 * asynchronous write (uv_write2) can carry. */
static int stream_write(stream_wrap *s, js_value req_obj, uv_buf_t *bufs, size_t nbufs,
                        size_t total, write_req *wr, int scratch, uv_stream_t *send) {
  size_t written = 0;
  int err = 0;
  if (s->stream->write_queue_size == 0 && !send) {
    int r = uv_try_write(s->stream, bufs, (unsigned)nbufs);
    if (r >= 0) written = (size_t)r;
    else if (r != UV_EAGAIN && r != UV_ENOSYS) err = r;
  }
  if (err) goto done;
  s->bytes_written += total;
  stream_state[BYTES_WRITTEN] = (int32_t)(total > INT32_MAX ? INT32_MAX : total);
  stream_state[LAST_WRITE_WAS_ASYNC] = 0;
  if (written == total) goto done;
  size_t i = 0;
  while (written >= bufs[i].len) written -= bufs[i++].len;
  bufs[i].base += written;
  bufs[i].len -= written;
  if (scratch) {
    write_req *copy = write_req_new(bufs[i].len);
    if (!copy) {
      err = UV_ENOMEM;
      goto done;
    }
    memcpy(copy->storage, bufs[i].base, bufs[i].len);
    bufs[i].base = copy->storage;
    wr = copy;
  } else if (!wr && !(wr = write_req_new(0))) {
    err = UV_ENOMEM;
    goto done;
  }
  wr->s = s;
  err = send ? uv_write2(&wr->req, s->stream, bufs + i, (unsigned)(nbufs - i), send, after_write)
             : uv_write(&wr->req, s->stream, bufs + i, (unsigned)(nbufs - i), after_write);
  if (err) goto done;
  wr->obj = js_ref_new(s->h.env->js, req_obj);
  wr->next = NULL;
  if (s->last_write) s->last_write->next = wr;
  else s->writes = wr;
  s->last_write = wr;
  stream_state[LAST_WRITE_WAS_ASYNC] = 1;
  return 0;
done:
  free(wr);
  return err;
}

/* The handle to send with a write: none (undefined), or an open TCP or Pipe handle when the
 * stream is an IPC pipe. */
static int send_handle_arg(stream_wrap *s, js_value v, uv_stream_t **out) {
  *out = NULL;
  if (js_is(v, JS_IS_NULL_OR_UNDEFINED)) return 0;
  if (s->stream->type != UV_NAMED_PIPE || !((uv_pipe_t *)s->stream)->ipc) return UV_EINVAL;
  if (!js_is(v, JS_IS_OBJECT)) return UV_EINVAL;
  node_env *env = s->h.env;
  js_env *js = env->js;
  js_value ctor = js_get_named(js, v, "constructor");
  if (!ctor) return UV_EINVAL;
  static const char *const classes[][2] = { {"tcp_wrap", "TCP"}, {"pipe_wrap", "Pipe"} };
  for (size_t i = 0; i < ARRAY_SIZE(classes); i++) {
    js_value b = binding_get(env, classes[i][0]);
    js_value cls = b ? js_get_named(js, b, classes[i][1]) : NULL;
    if (!cls || !js_to_bool(js_strict_equals(js, cls, ctor))) continue;
    stream_wrap *h = js_unwrap(v);
    if (!h || h->h.closing) return UV_EBADF;
    *out = h->stream;
    return 0;
  }
  return UV_EINVAL;
}

/* writeBuffer(req, buffer[, sendHandle]) */
static js_value stream_write_buffer(js_env *js, js_call *call) {
  stream_wrap *s = stream_this(call);
  if (!s) return js_int32(js, UV_EBADF);
  uint8_t *data;
  size_t len;
  if (!js_is(js_arg(call, 0), JS_IS_OBJECT) || js_bytes(js_arg(call, 1), &data, &len))
    return js_int32(js, UV_EINVAL);
  uv_stream_t *send;
  int err = send_handle_arg(s, js_arg(call, 2), &send);
  if (err) return js_int32(js, err);
  uv_buf_t buf = uv_buf_init((char *)data, (unsigned)len);
  return js_int32(js, stream_write(s, js_arg(call, 0), &buf, 1, len, NULL, 0, send));
}

typedef enum { ENC_UTF8, ENC_LATIN1, ENC_UCS2, ENC_BUFFER, ENC_OTHER } stream_encoding;

static size_t string_storage(js_value str, stream_encoding enc) {
  size_t n = js_string_length(str);
  return enc == ENC_UTF8 ? n * 3 : enc == ENC_UCS2 ? n * 2 : n;
}

static size_t string_encode(js_env *js, js_value str, stream_encoding enc, char *out,
                            size_t cap) {
  switch (enc) {
    case ENC_UTF8: return js_string_write_utf8(js, str, out, cap);
    case ENC_LATIN1: return js_string_write_latin1(js, str, out, 0, cap);
    default: {
      /* UTF-16LE: little-endian hosts only, as Node's own fast path */
      size_t n = js_string_length(str);
      uint16_t tmp[256];
      if (((uintptr_t)out & 1) == 0)
        return js_string_write_utf16(js, str, (uint16_t *)out, 0, n) * 2;
      size_t done = 0;
      while (done < n) {
        size_t k = n - done < 256 ? n - done : 256;
        js_string_write_utf16(js, str, tmp, done, k);
        memcpy(out + done * 2, tmp, k * 2);
        done += k;
      }
      return n * 2;
    }
  }
}

#define STACK_STRING 16384

/* write*String(req, string[, sendHandle]) */
static js_value write_string(js_env *js, js_call *call, stream_encoding enc) {
  stream_wrap *s = stream_this(call);
  if (!s) return js_int32(js, UV_EBADF);
  js_value req = js_arg(call, 0), str = js_arg(call, 1);
  if (!js_is(req, JS_IS_OBJECT) || !js_is(str, JS_IS_STRING)) return js_int32(js, UV_EINVAL);
  uv_stream_t *send;
  int err = send_handle_arg(s, js_arg(call, 2), &send);
  if (err) return js_int32(js, err);
  size_t cap = string_storage(str, enc);
  char stack[STACK_STRING];
  if (cap <= sizeof stack) {
    size_t n = string_encode(js, str, enc, stack, cap);
    uv_buf_t buf = uv_buf_init(stack, (unsigned)n);
    return js_int32(js, stream_write(s, req, &buf, 1, n, NULL, 1, send));
  }
  if (cap > UINT32_MAX) return js_int32(js, UV_ENOBUFS);
  write_req *wr = write_req_new(cap);
  if (!wr) return js_int32(js, UV_ENOMEM);
  size_t n = string_encode(js, str, enc, wr->storage, cap);
  uv_buf_t buf = uv_buf_init(wr->storage, (unsigned)n);
  return js_int32(js, stream_write(s, req, &buf, 1, n, wr, 0, send));
}

static js_value stream_write_utf8_string(js_env *js, js_call *call) {
  return write_string(js, call, ENC_UTF8);
}

static js_value stream_write_latin1_string(js_env *js, js_call *call) {
  return write_string(js, call, ENC_LATIN1);
}

static js_value stream_write_ucs2_string(js_env *js, js_call *call) {
  return write_string(js, call, ENC_UCS2);
}

static stream_encoding encoding_of(js_env *js, js_value v) {
  if (!js_is(v, JS_IS_STRING)) return ENC_OTHER;
  char name[12];
  size_t n = js_string_length(v);
  if (n >= sizeof name) return ENC_OTHER;
  n = js_string_write_latin1(js, v, name, 0, n);
  name[n] = 0;
  if (!strcmp(name, "utf8") || !strcmp(name, "utf-8")) return ENC_UTF8;
  if (!strcmp(name, "buffer")) return ENC_BUFFER;
  if (!strcmp(name, "latin1") || !strcmp(name, "binary") || !strcmp(name, "ascii"))
    return ENC_LATIN1;
  if (!strcmp(name, "ucs2") || !strcmp(name, "ucs-2") || !strcmp(name, "utf16le") ||
      !strcmp(name, "utf-16le"))
    return ENC_UCS2;
  return ENC_OTHER;
}

/* writev(req, chunks, allBuffers): chunks are buffers, or (not allBuffers) pairs
 * [chunk, encoding, ...] where a string's encoding is utf8, latin1, ascii or ucs2 (lib/ turns
 * other encodings into buffers). One write of many bufs. */
static js_value stream_writev(js_env *js, js_call *call) {
  stream_wrap *s = stream_this(call);
  if (!s) return js_int32(js, UV_EBADF);
  js_value req = js_arg(call, 0), chunks = js_arg(call, 1);
  if (!js_is(req, JS_IS_OBJECT) || !js_is(chunks, JS_IS_ARRAY)) return js_int32(js, UV_EINVAL);
  int all_buffers = js_to_bool(js_arg(call, 2));
  uint32_t len = js_array_length(chunks);
  size_t count = all_buffers ? len : len / 2;
  uv_buf_t stack_bufs[32];
  uv_buf_t *bufs = count <= ARRAY_SIZE(stack_bufs) ? stack_bufs : malloc(count * sizeof *bufs);
  if (!bufs) return js_int32(js, UV_ENOMEM);
  int err = UV_EINVAL;
  write_req *wr = NULL;
  size_t storage = 0, total = 0;
  if (!all_buffers) {
    for (size_t i = 0; i < count; i++) {
      js_value c = js_get_index(js, chunks, (uint32_t)(i * 2));
      if (!c) goto fail;
      if (!js_is(c, JS_IS_STRING)) continue;
      stream_encoding enc = encoding_of(js, js_get_index(js, chunks, (uint32_t)(i * 2 + 1)));
      if (enc == ENC_OTHER || enc == ENC_BUFFER) goto fail;
      storage += string_storage(c, enc);
    }
    if (storage > UINT32_MAX) {
      err = UV_ENOBUFS;
      goto fail;
    }
    if (storage && !(wr = write_req_new(storage))) {
      err = UV_ENOMEM;
      goto fail;
    }
  }
  size_t used = 0;
  for (size_t i = 0; i < count; i++) {
    js_value c = js_get_index(js, chunks, (uint32_t)(all_buffers ? i : i * 2));
    if (!c) goto fail;
    uint8_t *data;
    size_t n;
    if (!all_buffers && js_is(c, JS_IS_STRING)) {
      /* the first pass checked the encoding; a getter on the array could change it since */
      stream_encoding enc = encoding_of(js, js_get_index(js, chunks, (uint32_t)(i * 2 + 1)));
      if (enc == ENC_OTHER || enc == ENC_BUFFER || string_storage(c, enc) > storage - used)
        goto fail;
      data = (uint8_t *)wr->storage + used;
      n = string_encode(js, c, enc, (char *)data, storage - used);
      used += n;
    } else if (js_bytes(c, &data, &n)) {
      goto fail;
    }
    if (n > UINT32_MAX) goto fail;
    bufs[i] = uv_buf_init((char *)data, (unsigned)n);
    total += n;
  }
  err = stream_write(s, req, bufs, count, total, wr, 0, NULL);
  wr = NULL;
fail:
  free(wr);
  if (bufs != stack_bufs) free(bufs);
  return js_int32(js, err);
}

/* -- the exit flush --
 * What libuv has not written of a request is in its (documented as private) fields: bufs from
 * write_index to nbufs, the first of them advanced past what went out. A request that is done
 * has bufs NULL, one that failed an error. */

static int write_fully(int fd, const uv_buf_t *bufs, unsigned n) {
  struct iovec iov[16];
  unsigned i = 0;
  size_t skip = 0;
  while (i < n) {
    unsigned k = 0;
    for (unsigned j = i; j < n && k < ARRAY_SIZE(iov); j++, k++) {
      iov[k].iov_base = bufs[j].base + (j == i ? skip : 0);
      iov[k].iov_len = bufs[j].len - (j == i ? skip : 0);
    }
    ssize_t r = writev(fd, iov, (int)k);
    if (r < 0) {
      if (errno == EINTR) continue;
      if (errno != EAGAIN) return -1;
      struct pollfd p = { .fd = fd, .events = POLLOUT };
      poll(&p, 1, -1);
      continue;
    }
    size_t done = (size_t)r;
    while (i < n && done >= bufs[i].len - skip) {
      done -= bufs[i].len - skip;
      skip = 0;
      i++;
    }
    skip += done;
  }
  return 0;
}

static void flush_stdio_cb(uv_handle_t *handle, void *arg) {
  (void)arg;
  uv_os_fd_t fd;
  if (handle->type != UV_NAMED_PIPE && handle->type != UV_TCP && handle->type != UV_TTY) return;
  if (uv_is_closing(handle) || uv_fileno(handle, &fd) || (fd != 1 && fd != 2)) return;
  stream_wrap *s = handle->data;
  if (!s || !s->writes) return;
  uv_stream_set_blocking((uv_stream_t *)handle, 1);
  for (write_req *wr = s->writes; wr; wr = wr->next) {
    uv_write_t *req = &wr->req;
    if (!req->bufs || req->error || req->write_index >= req->nbufs) continue;
    if (write_fully(fd, req->bufs + req->write_index, req->nbufs - req->write_index)) return;
  }
}

/* lib/internal/process/stdio.js: hands the chunks its Writables still hold to the handles */
static js_ref *stdio_exit_flush;

static js_value stream_set_stdio_exit_flush(js_env *js, js_call *call) {
  if (!js_is(js_arg(call, 0), JS_IS_FUNCTION)) return NULL;
  if (stdio_exit_flush) js_ref_free(stdio_exit_flush);
  stdio_exit_flush = js_ref_new(js, js_arg(call, 0));
  return NULL;
}

void stream_wrap_flush_stdio(node_env *env) {
  if (!env->loop) return;
  if (stdio_exit_flush) {
    js_env *js = env->js;
    js_scope scope;
    js_scope_open(js, &scope);
    js_value exc;
    js_value fn = js_ref_get(js, stdio_exit_flush);
    js_ref_free(stdio_exit_flush);
    stdio_exit_flush = NULL;
    /* an exception here is too late to report: what was queued still goes out */
    js_call_catch(js, fn, js_undefined(js), 0, NULL, NULL, &exc);
    js_scope_close(&scope);
  }
  uv_walk(env->loop, flush_stdio_cb, NULL);
}

/* -- shutdown -- */

typedef struct {
  uv_shutdown_t req;
  stream_wrap *s;
  js_ref *obj;
} shutdown_req;

static void after_shutdown(uv_shutdown_t *req, int status) {
  shutdown_req *sr = (shutdown_req *)req;
  node_env *env = sr->s->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, sr->obj);
  js_value argv[2] = { js_int32(js, status), js_ref_get(js, sr->s->h.self) };
  js_ref_free(sr->obj);
  free(sr);
  req_wrap_complete(env, obj, 2, argv);
  js_scope_close(&scope);
}

/* shutdown(req) */
static js_value stream_shutdown(js_env *js, js_call *call) {
  stream_wrap *s = stream_this(call);
  if (!s) return js_int32(js, UV_EBADF);
  if (!js_is(js_arg(call, 0), JS_IS_OBJECT)) return js_int32(js, UV_EINVAL);
  shutdown_req *sr = malloc(sizeof *sr);
  if (!sr) return js_int32(js, UV_ENOMEM);
  sr->s = s;
  int err = uv_shutdown(&sr->req, s->stream, after_shutdown);
  if (err) {
    free(sr);
    return js_int32(js, err);
  }
  sr->obj = js_ref_new(js, js_arg(call, 0));
  return js_int32(js, 0);
}

/* -- getters -- */

static js_value stream_get_bytes_read(js_env *js, js_call *call) {
  stream_wrap *s = js_unwrap(js_this(call));
  return js_number(js, s ? (double)s->bytes_read : 0);
}

static js_value stream_get_bytes_written(js_env *js, js_call *call) {
  stream_wrap *s = js_unwrap(js_this(call));
  return js_number(js, s ? (double)s->bytes_written : 0);
}

static js_value stream_get_fd(js_env *js, js_call *call) {
  handle_wrap *w = handle_wrap_this(call);
  uv_os_fd_t fd;
  if (!w || uv_fileno(w->handle, &fd)) return js_int32(js, -1);
  return js_int32(js, fd);
}

static js_value stream_get_write_queue_size(js_env *js, js_call *call) {
  stream_wrap *s = stream_this(call);
  return js_number(js, s ? (double)s->stream->write_queue_size : 0);
}

/* -- connections -- */


static void connection_cb(uv_stream_t *server, int status) {
  stream_wrap *s = server->data;
  node_env *env = s->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, s->h.self);
  js_value fn = js_get(js, obj, js_ref_get(js, onconnection_key));
  int has_fn = fn && js_is(fn, JS_IS_FUNCTION);
  js_value argv[2] = { js_int32(js, status), js_undefined(js) };
  if (status == 0) {
    js_value peer = s->new_peer(env);
    stream_wrap *p = peer ? js_unwrap(peer) : NULL;
    if (!p) goto out;
    int err = uv_accept(server, p->stream);
    /* gone between the poll and the accept, or nobody to hand it to: closed unseen */
    if (err || !has_fn) {
      close_peer(p);
      goto out;
    }
    argv[1] = peer;
  }
  if (has_fn) env_make_callback(env, fn, obj, 2, argv, NULL);
out:
  js_scope_close(&scope);
}

int stream_wrap_listen(stream_wrap *s, int backlog) {
  return uv_listen(s->stream, backlog, connection_cb);
}

/* -- classes -- */

static const js_method handle_methods[] = {
  {"close", handle_close, 1},
  {"hasRef", handle_has_ref, 0},
  {"ref", handle_ref, 0},
  {"unref", handle_unref, 0},
};

static const js_method stream_methods[] = {
  {"readStart", stream_read_start, 0},
  {"readStop", stream_read_stop, 0},
  {"shutdown", stream_shutdown, 1},
  {"useUserBuffer", stream_use_user_buffer, 1},
  {"writeAsciiString", stream_write_latin1_string, 2},
  {"writeBuffer", stream_write_buffer, 2},
  {"writeLatin1String", stream_write_latin1_string, 2},
  {"writeUcs2String", stream_write_ucs2_string, 2},
  {"writeUtf8String", stream_write_utf8_string, 2},
  {"writev", stream_writev, 3},
};

static const js_method stream_getters[] = {
  {"bytesRead", stream_get_bytes_read, 0},
  {"bytesWritten", stream_get_bytes_written, 0},
  {"fd", stream_get_fd, 0},
  {"writeQueueSize", stream_get_write_queue_size, 0},
};

_Static_assert(ARRAY_SIZE(handle_methods) == HANDLE_WRAP_METHODS, "see internal.h");
_Static_assert(ARRAY_SIZE(stream_methods) == STREAM_WRAP_METHODS, "see internal.h");
_Static_assert(ARRAY_SIZE(stream_getters) == STREAM_WRAP_GETTERS, "see internal.h");

js_value stream_wrap_class_new(node_env *env, const char *name, js_native ctor,
                               const js_method *own, size_t n, js_method *all,
                               js_method *all_getters) {
  if (!binding_get(env, "stream_wrap")) return NULL;
  memcpy(all, own, n * sizeof *own);
  memcpy(all + n, handle_methods, sizeof handle_methods);
  memcpy(all + n + HANDLE_WRAP_METHODS, stream_methods, sizeof stream_methods);
  memcpy(all_getters, stream_getters, sizeof stream_getters);
  return js_class_new_with_getters(env->js, name, ctor, all,
                                   n + HANDLE_WRAP_METHODS + STREAM_WRAP_METHODS, all_getters,
                                   STREAM_WRAP_GETTERS, 1);
}

js_value handle_wrap_class_new(node_env *env, const char *name, js_native ctor,
                               const js_method *own, size_t n, js_method *all,
                               const js_method *getters, size_t ngetters) {
  init_keys(env->js);
  memcpy(all, own, n * sizeof *own);
  memcpy(all + n, handle_methods, sizeof handle_methods);
  return js_class_new_with_getters(env->js, name, ctor, all, n + HANDLE_WRAP_METHODS, getters,
                                   ngetters, 1);
}

/* -- addresses -- */

int sockaddr_to_js(node_env *env, const struct sockaddr *sa, js_value out) {
  js_env *js = env->js;
  char ip[INET6_ADDRSTRLEN + UV_IF_NAMESIZE + 1];
  int port;
  const char *family;
  if (sa->sa_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
    uv_ip4_name(a, ip, sizeof ip);
    port = ntohs(a->sin_port);
    family = "IPv4";
  } else if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
    uv_ip6_name(a, ip, sizeof ip);
    if (a->sin6_scope_id) {
      /* a link-local address names its interface, as Node prints it: fe80::1%eth0 */
      size_t n = strlen(ip);
      size_t room = sizeof ip - n - 1;
      ip[n] = '%';
      if (uv_if_indextoiid(a->sin6_scope_id, ip + n + 1, &room)) ip[n] = 0;
    }
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else {
    return UV_EINVAL;
  }
  js_set_named(js, out, "address", js_string_utf8(js, ip, (size_t)-1));
  js_set_named(js, out, "family", js_string_intern(js, family));
  js_set_named(js, out, "port", js_int32(js, port));
  return 0;
}

/* -- the binding -- */

js_value binding_init_stream_wrap(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_named(js, b, "ShutdownWrap", req_wrap_class_new(env, "ShutdownWrap"));
  js_set_named(js, b, "setStdioExitFlush",
               js_function_new(js, "setStdioExitFlush", stream_set_stdio_exit_flush, NULL));
  js_set_named(js, b, "WriteWrap", req_wrap_class_new(env, "WriteWrap"));
  js_set_named(js, b, "kReadBytesOrError", js_int32(js, READ_BYTES_OR_ERROR));
  js_set_named(js, b, "kArrayBufferOffset", js_int32(js, ARRAY_BUFFER_OFFSET));
  js_set_named(js, b, "kBytesWritten", js_int32(js, BYTES_WRITTEN));
  js_set_named(js, b, "kLastWriteWasAsync", js_int32(js, LAST_WRITE_WAS_ASYNC));
  void *data;
  js_value ab = js_array_buffer_new(js, sizeof(int32_t) * STREAM_STATE_FIELDS, &data);
  stream_state = data;
  js_value state = js_typed_array_new(js, JS_INT32, ab, 0, STREAM_STATE_FIELDS);
  js_set_named(js, b, "streamBaseState", state);
  return b;
}
