/* udp_wrap.c -- internalBinding('udp_wrap'): UDP sockets on libuv's uv_udp for lib/dgram.js
 * (lib/internal/dgram.js makes the handles). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct {
  handle_wrap h;         /* first: the allocation starts with the handle_wrap */
  uv_udp_t udp;
} udp_wrap;

typedef struct {
  uv_udp_send_t req;
  udp_wrap *u;
  js_ref *obj;
  size_t size;
} send_req;

static js_ref *onmessage_key;

/* A datagram is at most 64 KiB; each is copied out into an ArrayBuffer of its size before JS
 * runs, so one buffer serves every socket. */
static char recv_block[64 * 1024];

static udp_wrap *udp_this(js_call *call) { return (udp_wrap *)handle_wrap_this(call); }

/* new UDP() */
static js_value udp_new(js_env *js, js_call *call) {
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    return NULL;
  }
  js_value self = js_this(call);
  js_wrap(self, NULL);
  node_env *env = env_of(js);
  udp_wrap *u = malloc(sizeof *u);
  if (!u) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  int err = uv_udp_init(env->loop, &u->udp);
  if (err) {
    free(u);
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "uv_udp_init: %s", uv_strerror(err));
    return NULL;
  }
  handle_wrap_init(&u->h, env, self, (uv_handle_t *)&u->udp);
  return NULL;
}

/* The address (string) at i and the port (a number lib/ made a uint16) at i + 1. */
static int addr_args(js_env *js, js_call *call, int i, int family, struct sockaddr_storage *ss) {
  js_value host = js_arg(call, i), port = js_arg(call, i + 1);
  if (!js_is(host, JS_IS_STRING) || !js_is(port, JS_IS_NUMBER)) return UV_EINVAL;
  int p = (int)(js_uint32_value(port) & 0xffff);
  js_utf8 ip;
  if (js_utf8_init(js, host, &ip)) return UV_EINVAL;
  int err = family == AF_INET ? uv_ip4_addr(ip.str, p, (struct sockaddr_in *)ss)
                              : uv_ip6_addr(ip.str, p, (struct sockaddr_in6 *)ss);
  js_utf8_free(&ip);
  return err;
}

static js_value bind_family(js_env *js, js_call *call, int family) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  struct sockaddr_storage ss;
  int err = addr_args(js, call, 0, family, &ss);
  if (err) return js_int32(js, err);
  js_value f = js_arg(call, 2);
  unsigned flags = js_is(f, JS_IS_NUMBER) ? js_uint32_value(f) : 0;
  flags &= UV_UDP_REUSEADDR | (family == AF_INET6 ? UV_UDP_IPV6ONLY : 0);
  return js_int32(js, uv_udp_bind(&u->udp, (struct sockaddr *)&ss, flags));
}

/* bind(address, port, flags) */
static js_value udp_bind(js_env *js, js_call *call) { return bind_family(js, call, AF_INET); }

/* bind6(address, port, flags) */
static js_value udp_bind6(js_env *js, js_call *call) { return bind_family(js, call, AF_INET6); }

static js_value connect_family(js_env *js, js_call *call, int family) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  struct sockaddr_storage ss;
  int err = addr_args(js, call, 0, family, &ss);
  if (err) return js_int32(js, err);
  return js_int32(js, uv_udp_connect(&u->udp, (struct sockaddr *)&ss));
}

/* connect(address, port) */
static js_value udp_connect(js_env *js, js_call *call) {
  return connect_family(js, call, AF_INET);
}

/* connect6(address, port) */
static js_value udp_connect6(js_env *js, js_call *call) {
  return connect_family(js, call, AF_INET6);
}

/* disconnect() */
static js_value udp_disconnect(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_udp_connect(&u->udp, NULL));
}

/* open(fd) */
static js_value udp_open(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  js_value fd = js_arg(call, 0);
  if (!u) return js_int32(js, UV_EBADF);
  if (!js_is(fd, JS_IS_INT32) || js_int32_value(fd) < 0) return js_int32(js, UV_EINVAL);
  return js_int32(js, uv_udp_open(&u->udp, js_int32_value(fd)));
}

/* -- sending -- */

static void after_send(uv_udp_send_t *req, int status) {
  send_req *sr = (send_req *)req;
  node_env *env = sr->u->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, sr->obj);
  js_value argv[2] = { js_int32(js, status), js_number(js, (double)sr->size) };
  js_ref_free(sr->obj);
  free(sr);
  req_wrap_complete(env, obj, 2, argv);
  js_scope_close(&scope);
}

/* A datagram of the buffers in list (ArrayBufferViews), to address:port, or to the connected
 * peer when address is null. Returns a negative code, 0 when sent later (then
 * req.oncomplete(status, size)), or size + 1 when sent at once. */
static js_value send_family(js_env *js, js_call *call, int family) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  js_value req = js_arg(call, 0), list = js_arg(call, 1);
  if (!js_is(req, JS_IS_OBJECT) || !js_is(list, JS_IS_ARRAY)) return js_int32(js, UV_EINVAL);
  struct sockaddr_storage ss;
  const struct sockaddr *addr = NULL;
  if (!js_is(js_arg(call, 2), JS_IS_NULL)) {
    int err = addr_args(js, call, 2, family, &ss);
    if (err) return js_int32(js, err);
    addr = (const struct sockaddr *)&ss;
  }
  uint32_t count = js_array_length(list);
  uv_buf_t stack_bufs[16];
  uv_buf_t *bufs = count <= ARRAY_SIZE(stack_bufs) ? stack_bufs : malloc(count * sizeof *bufs);
  if (!bufs) return js_int32(js, UV_ENOMEM);
  int err = UV_EINVAL;
  size_t size = 0;
  for (uint32_t i = 0; i < count; i++) {
    js_value b = js_get_index(js, list, i);
    uint8_t *data;
    size_t n;
    if (!b || js_view_bytes(b, &data, &n) || n > UINT32_MAX) goto done;
    bufs[i] = uv_buf_init((char *)data, (unsigned)n);
    size += n;
  }
  err = uv_udp_try_send(&u->udp, bufs, count, addr);
  if (err >= 0) {
    /* a datagram goes whole or not at all */
    if (bufs != stack_bufs) free(bufs);
    return js_number(js, (double)size + 1);
  }
  if (err != UV_EAGAIN && err != UV_ENOSYS) goto done;
  send_req *sr = malloc(sizeof *sr);
  if (!sr) {
    err = UV_ENOMEM;
    goto done;
  }
  sr->u = u;
  sr->size = size;
  /* libuv copies the buf array; the bytes stay alive through req.list */
  err = uv_udp_send(&sr->req, &u->udp, bufs, count, addr, after_send);
  if (err) {
    free(sr);
    goto done;
  }
  sr->obj = js_ref_new(js, req);
done:
  if (bufs != stack_bufs) free(bufs);
  return js_int32(js, err);
}

/* send(req, list, address, port) with address null on a connected socket */
static js_value udp_send(js_env *js, js_call *call) { return send_family(js, call, AF_INET); }

/* send6(req, list, address, port) */
static js_value udp_send6(js_env *js, js_call *call) { return send_family(js, call, AF_INET6); }

/* -- receiving -- */

static void alloc_cb(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  (void)handle;
  (void)suggested;
  *buf = uv_buf_init(recv_block, sizeof recv_block);
}

/* onmessage(nread, handle, arrayBuffer, rinfo), or onmessage(error, handle) */
static void recv_cb(uv_udp_t *handle, ssize_t nread, const uv_buf_t *buf,
                    const struct sockaddr *addr, unsigned flags) {
  (void)flags;
  /* nothing more to read this time round */
  if (nread == 0 && !addr) return;
  udp_wrap *u = handle->data;
  node_env *env = u->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, u->h.self);
  js_value fn = js_get(js, obj, js_ref_get(js, onmessage_key));
  if (!fn || !js_is(fn, JS_IS_FUNCTION)) goto out;
  js_value argv[4] = { js_number(js, (double)nread), obj, NULL, NULL };
  int argc = 2;
  if (nread >= 0) {
    void *data;
    argv[2] = js_array_buffer_new_uninit(js, (size_t)nread, &data);
    if (!argv[2]) goto out;
    if (nread) memcpy(data, buf->base, (size_t)nread);
    argv[3] = js_object_new(js);
    if (sockaddr_to_js(env, addr, argv[3])) goto out;
    argc = 4;
  }
  env_make_callback(env, fn, obj, argc, argv, NULL);
out:
  js_scope_close(&scope);
}

static js_value udp_recv_start(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  int err = uv_udp_recv_start(&u->udp, alloc_cb, recv_cb);
  return js_int32(js, err == UV_EALREADY ? 0 : err);
}

static js_value udp_recv_stop(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_udp_recv_stop(&u->udp));
}

/* -- addresses -- */

static js_value name_of(js_env *js, js_call *call, int peer) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  js_value out = js_arg(call, 0);
  if (!js_is(out, JS_IS_OBJECT)) return js_int32(js, UV_EINVAL);
  struct sockaddr_storage ss;
  int len = sizeof ss;
  int err = peer ? uv_udp_getpeername(&u->udp, (struct sockaddr *)&ss, &len)
                 : uv_udp_getsockname(&u->udp, (struct sockaddr *)&ss, &len);
  if (!err) err = sockaddr_to_js(env_of(js), (struct sockaddr *)&ss, out);
  return js_int32(js, err);
}

/* getsockname(out): out.address, out.family, out.port */
static js_value udp_getsockname(js_env *js, js_call *call) { return name_of(js, call, 0); }

/* getpeername(out) */
static js_value udp_getpeername(js_env *js, js_call *call) { return name_of(js, call, 1); }

/* -- options -- */

/* A string argument as a C string, NULL for undefined or null (ToString for anything else, as
 * Node does). -1 on an exception. */
static int optional_string(js_env *js, js_value v, js_utf8 *out, const char **str) {
  *str = NULL;
  if (js_is(v, JS_IS_NULL_OR_UNDEFINED)) return 0;
  if (js_utf8_init(js, v, out)) return -1;
  *str = out->str;
  return 0;
}

static js_value membership(js_env *js, js_call *call, uv_membership how) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  js_utf8 group, iface;
  const char *g, *i;
  if (optional_string(js, js_arg(call, 0), &group, &g)) return NULL;
  if (optional_string(js, js_arg(call, 1), &iface, &i)) {
    if (g) js_utf8_free(&group);
    return NULL;
  }
  int err = g ? uv_udp_set_membership(&u->udp, g, i, how) : UV_EINVAL;
  if (g) js_utf8_free(&group);
  if (i) js_utf8_free(&iface);
  return js_int32(js, err);
}

/* addMembership(multicastAddress[, interfaceAddress]) */
static js_value udp_add_membership(js_env *js, js_call *call) {
  return membership(js, call, UV_JOIN_GROUP);
}

/* dropMembership(multicastAddress[, interfaceAddress]) */
static js_value udp_drop_membership(js_env *js, js_call *call) {
  return membership(js, call, UV_LEAVE_GROUP);
}

static js_value source_membership(js_env *js, js_call *call, uv_membership how) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  js_utf8 strs[3];
  const char *s[3];
  int n = 0, err = UV_EINVAL;
  for (; n < 3; n++) {
    if (optional_string(js, js_arg(call, n), &strs[n], &s[n])) break;
  }
  if (n == 3 && s[0] && s[1]) err = uv_udp_set_source_membership(&u->udp, s[1], s[2], s[0], how);
  for (int k = 0; k < n; k++) {
    if (s[k]) js_utf8_free(&strs[k]);
  }
  return n == 3 ? js_int32(js, err) : NULL;
}

/* addSourceSpecificMembership(sourceAddress, groupAddress[, interfaceAddress]) */
static js_value udp_add_source_membership(js_env *js, js_call *call) {
  return source_membership(js, call, UV_JOIN_GROUP);
}

/* dropSourceSpecificMembership(sourceAddress, groupAddress[, interfaceAddress]) */
static js_value udp_drop_source_membership(js_env *js, js_call *call) {
  return source_membership(js, call, UV_LEAVE_GROUP);
}

/* setMulticastInterface(interfaceAddress) */
static js_value udp_set_multicast_interface(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  js_utf8 iface;
  const char *i;
  if (optional_string(js, js_arg(call, 0), &iface, &i)) return NULL;
  int err = uv_udp_set_multicast_interface(&u->udp, i);
  if (i) js_utf8_free(&iface);
  return js_int32(js, err);
}

static int int_arg(js_call *call, int i) {
  js_value v = js_arg(call, i);
  return js_is(v, JS_IS_NUMBER) ? js_int32_value(v) : 0;
}

/* setTTL(ttl) */
static js_value udp_set_ttl(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_udp_set_ttl(&u->udp, int_arg(call, 0)));
}

/* setMulticastTTL(ttl) */
static js_value udp_set_multicast_ttl(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_udp_set_multicast_ttl(&u->udp, int_arg(call, 0)));
}

/* setMulticastLoopback(on) */
static js_value udp_set_multicast_loopback(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_udp_set_multicast_loop(&u->udp, js_to_bool(js_arg(call, 0))));
}

/* setBroadcast(on) */
static js_value udp_set_broadcast(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_udp_set_broadcast(&u->udp, js_to_bool(js_arg(call, 0))));
}

/* bufferSize(size, isRecv): the kernel's buffer size (size 0), or sets it (returning size);
 * a negative code on failure. Linux reports double what was set, as Node shows it. */
static js_value udp_buffer_size(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  if (!u) return js_int32(js, UV_EBADF);
  js_value s = js_arg(call, 0);
  int size = js_is(s, JS_IS_NUMBER) ? (int)js_uint32_value(s) : 0;
  if (size < 0) return js_int32(js, UV_EINVAL);
  int is_recv = js_to_bool(js_arg(call, 1));
  uv_handle_t *h = (uv_handle_t *)&u->udp;
  int err = is_recv ? uv_recv_buffer_size(h, &size) : uv_send_buffer_size(h, &size);
  return js_int32(js, err ? err : size);
}

static js_value udp_get_send_queue_size(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  return js_number(js, u ? (double)uv_udp_get_send_queue_size(&u->udp) : 0);
}

static js_value udp_get_send_queue_count(js_env *js, js_call *call) {
  udp_wrap *u = udp_this(call);
  return js_number(js, u ? (double)uv_udp_get_send_queue_count(&u->udp) : 0);
}

static js_value udp_get_fd(js_env *js, js_call *call) {
  handle_wrap *w = handle_wrap_this(call);
  uv_os_fd_t fd;
  if (!w || uv_fileno(w->handle, &fd)) return js_int32(js, -1);
  return js_int32(js, fd);
}

static const js_method udp_methods[] = {
  {"addMembership", udp_add_membership, 2},
  {"addSourceSpecificMembership", udp_add_source_membership, 3},
  {"bind", udp_bind, 3},
  {"bind6", udp_bind6, 3},
  {"bufferSize", udp_buffer_size, 2},
  {"connect", udp_connect, 2},
  {"connect6", udp_connect6, 2},
  {"disconnect", udp_disconnect, 0},
  {"dropMembership", udp_drop_membership, 2},
  {"dropSourceSpecificMembership", udp_drop_source_membership, 3},
  {"getSendQueueCount", udp_get_send_queue_count, 0},
  {"getSendQueueSize", udp_get_send_queue_size, 0},
  {"getpeername", udp_getpeername, 1},
  {"getsockname", udp_getsockname, 1},
  {"open", udp_open, 1},
  {"recvStart", udp_recv_start, 0},
  {"recvStop", udp_recv_stop, 0},
  {"send", udp_send, 4},
  {"send6", udp_send6, 4},
  {"setBroadcast", udp_set_broadcast, 1},
  {"setMulticastInterface", udp_set_multicast_interface, 1},
  {"setMulticastLoopback", udp_set_multicast_loopback, 1},
  {"setMulticastTTL", udp_set_multicast_ttl, 1},
  {"setTTL", udp_set_ttl, 1},
};

static const js_method udp_getters[] = {
  {"fd", udp_get_fd, 0},
};

static js_method udp_all_methods[ARRAY_SIZE(udp_methods) + HANDLE_WRAP_METHODS];

js_value binding_init_udp_wrap(node_env *env) {
  js_env *js = env->js;
  js_value cls = handle_wrap_class_new(env, "UDP", udp_new, udp_methods, ARRAY_SIZE(udp_methods),
                                       udp_all_methods, udp_getters, ARRAY_SIZE(udp_getters));
  if (!cls) return NULL;
  if (!onmessage_key) onmessage_key = js_ref_new(js, js_string_intern(js, "onmessage"));
  js_value b = js_object_new(js);
  js_set_named(js, b, "UDP", cls);
  js_set_named(js, b, "SendWrap", req_wrap_class_new(env, "SendWrap"));
  js_value constants = js_object_new(js);
  js_set_named(js, constants, "UV_UDP_IPV6ONLY", js_int32(js, UV_UDP_IPV6ONLY));
  js_set_named(js, constants, "UV_UDP_REUSEADDR", js_int32(js, UV_UDP_REUSEADDR));
  js_set_named(js, b, "constants", constants);
  return b;
}
