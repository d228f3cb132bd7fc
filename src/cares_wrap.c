/* cares_wrap.c -- internalBinding('cares_wrap'): host name and service lookups through the
 * system resolver (uv_getaddrinfo, uv_getnameinfo on the thread pool) for lib/dns.js. */
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Keep in sync with lib/internal/net.js (Node's DNS_ORDER_* values). */
enum { ORDER_VERBATIM, ORDER_IPV4_FIRST, ORDER_IPV6_FIRST };

typedef struct {
  uv_getaddrinfo_t req;
  node_env *env;
  js_ref *obj;
  int order;
} addrinfo_req;

/* Appends the addresses of `family` (AF_UNSPEC: any) to list from index *n. */
static void add_addresses(js_env *js, js_value list, uint32_t *n, struct addrinfo *res,
                          int family) {
  char ip[INET6_ADDRSTRLEN];
  for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
    if (family != AF_UNSPEC && ai->ai_family != family) continue;
    if (ai->ai_family == AF_INET)
      uv_ip4_name((struct sockaddr_in *)ai->ai_addr, ip, sizeof ip);
    else if (ai->ai_family == AF_INET6)
      uv_ip6_name((struct sockaddr_in6 *)ai->ai_addr, ip, sizeof ip);
    else
      continue;
    js_set_index(js, list, (*n)++, js_string_utf8(js, ip, (size_t)-1));
  }
}

static void after_getaddrinfo(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
  addrinfo_req *r = (addrinfo_req *)req;
  node_env *env = r->env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, r->obj);
  js_value list = js_array_new(js, 0);
  uint32_t n = 0;
  if (status == 0) {
    if (r->order == ORDER_VERBATIM) {
      add_addresses(js, list, &n, res, AF_UNSPEC);
    } else {
      int first = r->order == ORDER_IPV4_FIRST ? AF_INET : AF_INET6;
      add_addresses(js, list, &n, res, first);
      add_addresses(js, list, &n, res, first == AF_INET ? AF_INET6 : AF_INET);
    }
    if (n == 0) status = UV_EAI_NODATA;
  }
  uv_freeaddrinfo(res);
  js_ref_free(r->obj);
  free(r);
  js_value argv[2] = { js_int32(js, status), list };
  req_wrap_complete(env, obj, 2, argv);
  js_scope_close(&scope);
}

/* getaddrinfo(req, hostname, family (0, 4, 6), hints, order) -> 0 or a code; later
 * req.oncomplete(status, addresses) */
static js_value cares_getaddrinfo(js_env *js, js_call *call) {
  js_value req = js_arg(call, 0), host = js_arg(call, 1), fam = js_arg(call, 2);
  if (!js_is(req, JS_IS_OBJECT) || !js_is(host, JS_IS_STRING) || !js_is(fam, JS_IS_INT32))
    return js_int32(js, UV_EINVAL);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  switch (js_int32_value(fam)) {
    case 0: hints.ai_family = AF_UNSPEC; break;
    case 4: hints.ai_family = AF_INET; break;
    case 6: hints.ai_family = AF_INET6; break;
    default: return js_int32(js, UV_EINVAL);
  }
  hints.ai_socktype = SOCK_STREAM;
  js_value h = js_arg(call, 3), o = js_arg(call, 4);
  if (js_is(h, JS_IS_INT32))
    hints.ai_flags = js_int32_value(h) & (AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED);
  int order = js_is(o, JS_IS_INT32) ? js_int32_value(o) : ORDER_VERBATIM;
  if (order < ORDER_VERBATIM || order > ORDER_IPV6_FIRST) order = ORDER_VERBATIM;
  node_env *env = env_of(js);
  addrinfo_req *r = malloc(sizeof *r);
  if (!r) return js_int32(js, UV_ENOMEM);
  js_utf8 name;
  if (js_utf8_init(js, host, &name)) {
    free(r);
    return NULL;
  }
  r->env = env;
  r->order = order;
  int err = uv_getaddrinfo(env->loop, &r->req, after_getaddrinfo, name.str, NULL, &hints);
  js_utf8_free(&name);
  if (err) {
    free(r);
    return js_int32(js, err);
  }
  r->obj = js_ref_new(js, req);
  return js_int32(js, 0);
}

typedef struct {
  uv_getnameinfo_t req;
  node_env *env;
  js_ref *obj;
} nameinfo_req;

static void after_getnameinfo(uv_getnameinfo_t *req, int status, const char *host,
                              const char *service) {
  nameinfo_req *r = (nameinfo_req *)req;
  node_env *env = r->env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value obj = js_ref_get(js, r->obj);
  js_value argv[3] = { js_int32(js, status), js_undefined(js), js_undefined(js) };
  if (status == 0) {
    argv[1] = js_string_utf8(js, host, (size_t)-1);
    argv[2] = js_string_utf8(js, service, (size_t)-1);
  }
  js_ref_free(r->obj);
  free(r);
  req_wrap_complete(env, obj, 3, argv);
  js_scope_close(&scope);
}

/* getnameinfo(req, address, port) -> 0 or a code; later req.oncomplete(status, hostname,
 * service). The address is an IP literal (lib/ checks). */
static js_value cares_getnameinfo(js_env *js, js_call *call) {
  js_value req = js_arg(call, 0), address = js_arg(call, 1), port = js_arg(call, 2);
  if (!js_is(req, JS_IS_OBJECT) || !js_is(address, JS_IS_STRING) || !js_is(port, JS_IS_NUMBER))
    return js_int32(js, UV_EINVAL);
  int p = (int)(js_uint32_value(port) & 0xffff);
  struct sockaddr_storage ss;
  js_utf8 ip;
  if (js_utf8_init(js, address, &ip)) return NULL;
  int err = uv_ip4_addr(ip.str, p, (struct sockaddr_in *)&ss);
  if (err) err = uv_ip6_addr(ip.str, p, (struct sockaddr_in6 *)&ss);
  js_utf8_free(&ip);
  if (err) return js_int32(js, err);
  node_env *env = env_of(js);
  nameinfo_req *r = malloc(sizeof *r);
  if (!r) return js_int32(js, UV_ENOMEM);
  r->env = env;
  /* a name is required, as Node asks: an address without one is ENOTFOUND */
  err = uv_getnameinfo(env->loop, &r->req, after_getnameinfo, (struct sockaddr *)&ss,
                       NI_NAMEREQD);
  if (err) {
    free(r);
    return js_int32(js, err);
  }
  r->obj = js_ref_new(js, req);
  return js_int32(js, 0);
}

static const js_method cares_methods[] = {
  {"getaddrinfo", cares_getaddrinfo, 5},
  {"getnameinfo", cares_getnameinfo, 3},
};

js_value binding_init_cares_wrap(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, cares_methods, ARRAY_SIZE(cares_methods));
  js_set_named(js, b, "GetAddrInfoReqWrap", req_wrap_class_new(env, "GetAddrInfoReqWrap"));
  js_set_named(js, b, "GetNameInfoReqWrap", req_wrap_class_new(env, "GetNameInfoReqWrap"));
  js_set_named(js, b, "AF_INET", js_int32(js, AF_INET));
  js_set_named(js, b, "AF_INET6", js_int32(js, AF_INET6));
  js_set_named(js, b, "AF_UNSPEC", js_int32(js, AF_UNSPEC));
  js_set_named(js, b, "AI_ADDRCONFIG", js_int32(js, AI_ADDRCONFIG));
  js_set_named(js, b, "AI_ALL", js_int32(js, AI_ALL));
  js_set_named(js, b, "AI_V4MAPPED", js_int32(js, AI_V4MAPPED));
  js_set_named(js, b, "DNS_ORDER_VERBATIM", js_int32(js, ORDER_VERBATIM));
  js_set_named(js, b, "DNS_ORDER_IPV4_FIRST", js_int32(js, ORDER_IPV4_FIRST));
  js_set_named(js, b, "DNS_ORDER_IPV6_FIRST", js_int32(js, ORDER_IPV6_FIRST));
  return b;
}
