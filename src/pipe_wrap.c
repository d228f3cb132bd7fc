/* pipe_wrap.c -- internalBinding('pipe_wrap'): Unix domain sockets (and pipes) on libuv for
 * lib/net.js (the stream methods come from stream_wrap.c). */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "internal.h"

/* Keep in sync with lib/net.js (Node's pipe_wrap constants). */
enum { PIPE_SOCKET, PIPE_SERVER, PIPE_IPC };

typedef struct {
  stream_wrap s;         /* first: the allocation starts with the handle_wrap */
  uv_pipe_t pipe;
} pipe_wrap;

typedef struct {
  uv_connect_t req;
  pipe_wrap *p;
  js_ref *obj;
} connect_req;

/* A connect to an abstract name, done at once but reported from the loop, as any connect. */
typedef struct {
  uv_timer_t timer;
  node_env *env;
  js_ref *obj;
  js_ref *handle;
  int status;
} abstract_connect;

static js_ref *pipe_class;

static pipe_wrap *pipe_this(js_call *call) { return (pipe_wrap *)handle_wrap_this(call); }

/* new Pipe(type) */
static js_value pipe_new(js_env *js, js_call *call) {
  js_value self = js_this(call);
  js_value type = js_arg(call, 0);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED) || !js_is(type, JS_IS_INT32) ||
      js_int32_value(type) < PIPE_SOCKET || js_int32_value(type) > PIPE_IPC) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                        "new Pipe(type): type must be SOCKET, SERVER or IPC");
    return NULL;
  }
  js_wrap(self, NULL);
  node_env *env = env_of(js);
  pipe_wrap *p = malloc(sizeof *p);
  if (!p) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  int err = uv_pipe_init(env->loop, &p->pipe, js_int32_value(type) == PIPE_IPC);
  if (err) {
    free(p);
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "uv_pipe_init: %s", uv_strerror(err));
    return NULL;
  }
  stream_wrap_init(&p->s, env, self, (uv_stream_t *)&p->pipe);
  p->s.new_peer = NULL;
  return NULL;
}

static js_value new_peer(node_env *env) {
  js_value arg = js_int32(env->js, PIPE_SOCKET), obj;
  if (js_construct(env->js, js_ref_get(env->js, pipe_class), 1, &arg, &obj)) return NULL;
  return obj;
}

/* A socket name argument: a string, NUL-terminated in `out`. Linux's abstract names start
 * with a NUL byte: *len counts the bytes of those. */
static int name_arg(js_env *js, js_call *call, int i, js_utf8 *out) {
  if (!js_is(js_arg(call, i), JS_IS_STRING)) return UV_EINVAL;
  return js_utf8_init(js, js_arg(call, i), out) ? UV_EINVAL : 0;
}

static int is_abstract(const js_utf8 *name) { return name->len > 0 && name->str[0] == 0; }

/* A socket for an abstract name: libuv's pipe functions take C strings. */
static int abstract_socket(const js_utf8 *name, struct sockaddr_un *sa, socklen_t *salen) {
  if (name->len > sizeof sa->sun_path) return UV_ENAMETOOLONG;
  memset(sa, 0, sizeof *sa);
  sa->sun_family = AF_UNIX;
  memcpy(sa->sun_path, name->str, name->len);
  *salen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + name->len);
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  return fd < 0 ? uv_translate_sys_error(errno) : fd;
}

/* bind(name) */
static js_value pipe_bind(js_env *js, js_call *call) {
  pipe_wrap *p = pipe_this(call);
  if (!p) return js_int32(js, UV_EBADF);
  js_utf8 name;
  int err = name_arg(js, call, 0, &name);
  if (err) return js_int32(js, err);
  if (!is_abstract(&name)) {
    err = uv_pipe_bind(&p->pipe, name.str);
  } else {
    struct sockaddr_un sa;
    socklen_t salen;
    int fd = err = abstract_socket(&name, &sa, &salen);
    if (fd >= 0) {
      err = bind(fd, (struct sockaddr *)&sa, salen) ? uv_translate_sys_error(errno)
                                                     : uv_pipe_open(&p->pipe, fd);
      if (err) close(fd);
    }
  }
  js_utf8_free(&name);
  return js_int32(js, err);
}

/* listen(backlog) */
static js_value pipe_listen(js_env *js, js_call *call) {
  pipe_wrap *p = pipe_this(call);
  if (!p) return js_int32(js, UV_EBADF);
  js_value b = js_arg(call, 0);
  int backlog = js_is(b, JS_IS_NUMBER) ? js_int32_value(b) : 511;
  p->s.new_peer = new_peer;
  return js_int32(js, stream_wrap_listen(&p->s, backlog));
}

/* oncomplete(status, handle, req, readable, writable), as Node calls it */
static void complete_connect(node_env *env, js_value req, js_value handle, int status) {
  js_env *js = env->js;
  pipe_wrap *p = js_unwrap(handle);
  uv_stream_t *st = p ? (uv_stream_t *)&p->pipe : NULL;
  js_value argv[5] = {
    js_int32(js, status), handle, req,
    js_boolean(js, status == 0 && st && uv_is_readable(st)),
    js_boolean(js, status == 0 && st && uv_is_writable(st)),
  };
  req_wrap_complete(env, req, 5, argv);
}

static void after_connect(uv_connect_t *req, int status) {
  connect_req *cr = (connect_req *)req;
  node_env *env = cr->p->s.h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, cr->obj);
  js_value handle = js_ref_get(js, cr->p->s.h.self);
  js_ref_free(cr->obj);
  free(cr);
  complete_connect(env, obj, handle, status);
  js_scope_close(&scope);
}

static void abstract_connect_free(uv_handle_t *timer) { free(timer->data); }

static void abstract_connect_cb(uv_timer_t *timer) {
  abstract_connect *ac = timer->data;
  node_env *env = ac->env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, ac->obj), handle = js_ref_get(js, ac->handle);
  js_ref_free(ac->obj);
  js_ref_free(ac->handle);
  uv_close((uv_handle_t *)&ac->timer, abstract_connect_free);
  /* closed meanwhile: as libuv cancels a pending connect */
  pipe_wrap *p = js_unwrap(handle);
  complete_connect(env, obj, handle, p && !p->s.h.closing ? ac->status : UV_ECANCELED);
  js_scope_close(&scope);
}

static int connect_abstract(js_env *js, pipe_wrap *p, js_value req, const js_utf8 *name) {
  struct sockaddr_un sa;
  socklen_t salen;
  abstract_connect *ac = malloc(sizeof *ac);
  if (!ac) return UV_ENOMEM;
  int fd = abstract_socket(name, &sa, &salen);
  if (fd < 0) {
    free(ac);
    return fd;
  }
  int r;
  do r = connect(fd, (struct sockaddr *)&sa, salen);
  while (r && errno == EINTR);
  int status = r ? uv_translate_sys_error(errno) : uv_pipe_open(&p->pipe, fd);
  if (status) close(fd);
  ac->env = p->s.h.env;
  ac->status = status;
  ac->obj = js_ref_new(js, req);
  ac->handle = js_ref_new(js, js_ref_get(js, p->s.h.self));
  ac->timer.data = ac;
  uv_timer_init(ac->env->loop, &ac->timer);
  uv_timer_start(&ac->timer, abstract_connect_cb, 0, 0);
  return 0;
}

/* connect(req, name) */
static js_value pipe_connect(js_env *js, js_call *call) {
  pipe_wrap *p = pipe_this(call);
  if (!p) return js_int32(js, UV_EBADF);
  js_value req = js_arg(call, 0);
  if (!js_is(req, JS_IS_OBJECT)) return js_int32(js, UV_EINVAL);
  js_utf8 name;
  int err = name_arg(js, call, 1, &name);
  if (err) return js_int32(js, err);
  if (is_abstract(&name)) {
    err = connect_abstract(js, p, req, &name);
    js_utf8_free(&name);
    return js_int32(js, err);
  }
  connect_req *cr = malloc(sizeof *cr);
  if (!cr) {
    js_utf8_free(&name);
    return js_int32(js, UV_ENOMEM);
  }
  cr->p = p;
  cr->obj = js_ref_new(js, req);
  uv_pipe_connect(&cr->req, &p->pipe, name.str, after_connect);
  js_utf8_free(&name);
  return js_int32(js, 0);
}

/* open(fd) */
static js_value pipe_open(js_env *js, js_call *call) {
  pipe_wrap *p = pipe_this(call);
  js_value fd = js_arg(call, 0);
  if (!p) return js_int32(js, UV_EBADF);
  if (!js_is(fd, JS_IS_INT32) || js_int32_value(fd) < 0) return js_int32(js, UV_EINVAL);
  return js_int32(js, uv_pipe_open(&p->pipe, js_int32_value(fd)));
}

/* fchmod(mode): mode of UV_READABLE | UV_WRITABLE */
static js_value pipe_fchmod(js_env *js, js_call *call) {
  pipe_wrap *p = pipe_this(call);
  js_value mode = js_arg(call, 0);
  if (!p) return js_int32(js, UV_EBADF);
  if (!js_is(mode, JS_IS_INT32)) return js_int32(js, UV_EINVAL);
  return js_int32(js, uv_pipe_chmod(&p->pipe, js_int32_value(mode)));
}

static const js_method pipe_methods[] = {
  {"bind", pipe_bind, 1},
  {"connect", pipe_connect, 2},
  {"fchmod", pipe_fchmod, 1},
  {"listen", pipe_listen, 1},
  {"open", pipe_open, 1},
};

static js_method pipe_all_methods[ARRAY_SIZE(pipe_methods) + HANDLE_WRAP_METHODS +
                                  STREAM_WRAP_METHODS];
static js_method pipe_all_getters[STREAM_WRAP_GETTERS];

js_value binding_init_pipe_wrap(node_env *env) {
  js_env *js = env->js;
  js_value cls = stream_wrap_class_new(env, "Pipe", pipe_new, pipe_methods,
                                       ARRAY_SIZE(pipe_methods), pipe_all_methods,
                                       pipe_all_getters);
  if (!cls) return NULL;
  pipe_class = js_ref_new(js, cls);
  js_value b = js_object_new(js);
  js_set_named(js, b, "Pipe", cls);
  js_set_named(js, b, "PipeConnectWrap", req_wrap_class_new(env, "PipeConnectWrap"));
  js_value constants = js_object_new(js);
  js_set_named(js, constants, "SOCKET", js_int32(js, PIPE_SOCKET));
  js_set_named(js, constants, "SERVER", js_int32(js, PIPE_SERVER));
  js_set_named(js, constants, "IPC", js_int32(js, PIPE_IPC));
  js_set_named(js, constants, "UV_READABLE", js_int32(js, UV_READABLE));
  js_set_named(js, constants, "UV_WRITABLE", js_int32(js, UV_WRITABLE));
  js_set_named(js, b, "constants", constants);
  return b;
}
