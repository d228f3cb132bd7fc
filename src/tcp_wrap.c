/* tcp_wrap.c -- internalBinding('tcp_wrap'): TCP handles on libuv for lib/net.js (the stream
 * methods come from stream_wrap.c). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Keep in sync with lib/net.js (Node's tcp_wrap constants). */
enum { TCP_SOCKET, TCP_SERVER };

typedef struct {
  stream_wrap s;         /* first: the allocation starts with the handle_wrap */
  uv_tcp_t tcp;
} tcp_wrap;

typedef struct {
  uv_connect_t req;
  tcp_wrap *t;
  js_ref *obj;
} connect_req;

static js_ref *tcp_class;

static tcp_wrap *tcp_this(js_call *call) { return (tcp_wrap *)handle_wrap_this(call); }

/* new TCP(type) */
static js_value tcp_new(js_env *js, js_call *call) {
  js_value self = js_this(call);
  js_value type = js_arg(call, 0);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED) || !js_is(type, JS_IS_INT32) ||
      (js_int32_value(type) != TCP_SOCKET && js_int32_value(type) != TCP_SERVER)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "new TCP(type): type must be SOCKET or SERVER");
    return NULL;
  }
  js_wrap(self, NULL);
  node_env *env = env_of(js);
  tcp_wrap *t = malloc(sizeof *t);
  if (!t) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  int err = uv_tcp_init(env->loop, &t->tcp);
  if (err) {
    free(t);
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "uv_tcp_init: %s", uv_strerror(err));
    return NULL;
  }
  stream_wrap_init(&t->s, env, self, (uv_stream_t *)&t->tcp);
  t->s.new_peer = NULL;
  return NULL;
}

static js_value new_peer(node_env *env) {
  js_value arg = js_int32(env->js, TCP_SOCKET), obj;
  if (js_construct(env->js, js_ref_get(env->js, tcp_class), 1, &arg, &obj)) return NULL;
  return obj;
}

/* open(fd) */
static js_value tcp_open(js_env *js, js_call *call) {
  tcp_wrap *t = tcp_this(call);
  js_value fd = js_arg(call, 0);
  if (!t) return js_int32(js, UV_EBADF);
  if (!js_is(fd, JS_IS_INT32) || js_int32_value(fd) < 0) return js_int32(js, UV_EINVAL);
  return js_int32(js, uv_tcp_open(&t->tcp, js_int32_value(fd)));
}

/* The address (string) and port (number) arguments at i, i + 1 as a sockaddr. */
static int addr_args(js_env *js, js_call *call, int i, int family, struct sockaddr_storage *ss) {
  js_value host = js_arg(call, i), port = js_arg(call, i + 1);
  /* no port (net's localAddress without localPort) is port 0, as Node's ToInt32 makes it */
  double p = js_is(port, JS_IS_UNDEFINED) ? 0
             : js_is(port, JS_IS_NUMBER)  ? js_number_value(port)
                                          : -1;
  if (!js_is(host, JS_IS_STRING) || !(p >= 0 && p <= 65535)) return UV_EINVAL;
  js_utf8 ip;
  if (js_utf8_init(js, host, &ip)) return UV_EINVAL;
  int err = family == AF_INET ? uv_ip4_addr(ip.str, (int)p, (struct sockaddr_in *)ss)
                              : uv_ip6_addr(ip.str, (int)p, (struct sockaddr_in6 *)ss);
  js_utf8_free(&ip);
  return err;
}

static js_value bind_family(js_env *js, js_call *call, int family) {
  tcp_wrap *t = tcp_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  struct sockaddr_storage ss;
  int err = addr_args(js, call, 0, family, &ss);
  if (err) return js_int32(js, err);
  unsigned flags = 0;
  if (family == AF_INET6 && js_is(js_arg(call, 2), JS_IS_NUMBER))
    flags = js_uint32_value(js_arg(call, 2)) & UV_TCP_IPV6ONLY;
  return js_int32(js, uv_tcp_bind(&t->tcp, (struct sockaddr *)&ss, flags));
}

/* bind(address, port) */
static js_value tcp_bind(js_env *js, js_call *call) { return bind_family(js, call, AF_INET); }

/* bind6(address, port, flags) */
static js_value tcp_bind6(js_env *js, js_call *call) { return bind_family(js, call, AF_INET6); }

/* listen(backlog) */
static js_value tcp_listen(js_env *js, js_call *call) {
  tcp_wrap *t = tcp_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  js_value b = js_arg(call, 0);
  int backlog = js_is(b, JS_IS_NUMBER) ? js_int32_value(b) : 511;
  t->s.new_peer = new_peer;
  return js_int32(js, stream_wrap_listen(&t->s, backlog));
}

static void after_connect(uv_connect_t *req, int status) {
  connect_req *cr = (connect_req *)req;
  tcp_wrap *t = cr->t;
  node_env *env = t->s.h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, cr->obj);
  js_ref_free(cr->obj);
  free(cr);
  /* oncomplete(status, handle, req, readable, writable), as Node calls it */
  js_value argv[5] = {
    js_int32(js, status), js_ref_get(js, t->s.h.self), obj,
    js_boolean(js, status == 0 && uv_is_readable((uv_stream_t *)&t->tcp)),
    js_boolean(js, status == 0 && uv_is_writable((uv_stream_t *)&t->tcp)),
  };
  req_wrap_complete(env, obj, 5, argv);
  js_scope_close(&scope);
}

static js_value connect_family(js_env *js, js_call *call, int family) {
  tcp_wrap *t = tcp_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  js_value req = js_arg(call, 0);
  if (!js_is(req, JS_IS_OBJECT)) return js_int32(js, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = addr_args(js, call, 1, family, &ss);
  if (err) return js_int32(js, err);
  connect_req *cr = malloc(sizeof *cr);
  if (!cr) return js_int32(js, UV_ENOMEM);
  cr->t = t;
  err = uv_tcp_connect(&cr->req, &t->tcp, (struct sockaddr *)&ss, after_connect);
  if (err) {
    free(cr);
    return js_int32(js, err);
  }
  cr->obj = js_ref_new(js, req);
  return js_int32(js, 0);
}

/* connect(req, address, port) */
static js_value tcp_connect(js_env *js, js_call *call) {
  return connect_family(js, call, AF_INET);
}

/* connect6(req, address, port) */
static js_value tcp_connect6(js_env *js, js_call *call) {
  return connect_family(js, call, AF_INET6);
}

static js_value name_of(js_env *js, js_call *call, int peer) {
  tcp_wrap *t = tcp_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  js_value out = js_arg(call, 0);
  if (!js_is(out, JS_IS_OBJECT)) return js_int32(js, UV_EINVAL);
  struct sockaddr_storage ss;
  int len = sizeof ss;
  int err = peer ? uv_tcp_getpeername(&t->tcp, (struct sockaddr *)&ss, &len)
                 : uv_tcp_getsockname(&t->tcp, (struct sockaddr *)&ss, &len);
  if (!err) err = sockaddr_to_js(env_of(js), (struct sockaddr *)&ss, out);
  return js_int32(js, err);
}

/* getsockname(out): out.address, out.family, out.port */
static js_value tcp_getsockname(js_env *js, js_call *call) { return name_of(js, call, 0); }

/* getpeername(out) */
static js_value tcp_getpeername(js_env *js, js_call *call) { return name_of(js, call, 1); }

/* setNoDelay(enable) */
static js_value tcp_set_no_delay(js_env *js, js_call *call) {
  tcp_wrap *t = tcp_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_tcp_nodelay(&t->tcp, js_to_bool(js_arg(call, 0))));
}

/* setKeepAlive(enable, delaySeconds) */
static js_value tcp_set_keep_alive(js_env *js, js_call *call) {
  tcp_wrap *t = tcp_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  js_value d = js_arg(call, 1);
  unsigned delay = js_is(d, JS_IS_NUMBER) && js_number_value(d) > 0 ? js_uint32_value(d) : 0;
  return js_int32(js, uv_tcp_keepalive(&t->tcp, js_to_bool(js_arg(call, 0)), delay));
}

/* reset([cb]): close with an RST instead of a FIN; cb as close's. */
static js_value tcp_reset(js_env *js, js_call *call) {
  tcp_wrap *t = tcp_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  if (handle_wrap_begin_close(&t->s.h, js_arg(call, 0))) return js_int32(js, 0);
  int err = uv_tcp_close_reset(&t->tcp, handle_wrap_close_cb);
  if (err) {
    /* not a socket libuv can reset (a listening or closing one): close it plainly */
    uv_close(t->s.h.handle, handle_wrap_close_cb);
  }
  return js_int32(js, err);
}

static const js_method tcp_methods[] = {
  {"bind", tcp_bind, 2},
  {"bind6", tcp_bind6, 3},
  {"connect", tcp_connect, 3},
  {"connect6", tcp_connect6, 3},
  {"getpeername", tcp_getpeername, 1},
  {"getsockname", tcp_getsockname, 1},
  {"listen", tcp_listen, 1},
  {"open", tcp_open, 1},
  {"reset", tcp_reset, 1},
  {"setKeepAlive", tcp_set_keep_alive, 2},
  {"setNoDelay", tcp_set_no_delay, 1},
};

static js_method tcp_all_methods[ARRAY_SIZE(tcp_methods) + HANDLE_WRAP_METHODS +
                                 STREAM_WRAP_METHODS];
static js_method tcp_all_getters[STREAM_WRAP_GETTERS];

js_value binding_init_tcp_wrap(node_env *env) {
  js_env *js = env->js;
  js_value cls = stream_wrap_class_new(env, "TCP", tcp_new, tcp_methods, ARRAY_SIZE(tcp_methods),
                                       tcp_all_methods, tcp_all_getters);
  if (!cls) return NULL;
  tcp_class = js_ref_new(js, cls);
  js_value b = js_object_new(js);
  js_set_named(js, b, "TCP", cls);
  js_set_named(js, b, "TCPConnectWrap", req_wrap_class_new(env, "TCPConnectWrap"));
  js_value constants = js_object_new(js);
  js_set_named(js, constants, "SOCKET", js_int32(js, TCP_SOCKET));
  js_set_named(js, constants, "SERVER", js_int32(js, TCP_SERVER));
  js_set_named(js, constants, "UV_TCP_IPV6ONLY", js_int32(js, UV_TCP_IPV6ONLY));
  js_set_named(js, b, "constants", constants);
  return b;
}
