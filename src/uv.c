/* uv.c -- internalBinding('uv'): libuv's error names and messages, the one table lib/ builds
 * every system error from (lib/internal/errors.js). */
#include <stdio.h>

#include "internal.h"

#define XX(code, _) {#code, UV_##code},
static const struct { const char *name; int code; } uv_errors[] = { UV_ERRNO_MAP(XX) };
#undef XX

static js_value uv_errname(js_env *js, js_call *call) {
  js_value v = js_arg(call, 0);
  if (!js_is(v, JS_IS_INT32) || js_int32_value(v) >= 0) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "err must be a negative integer");
    return NULL;
  }
  char buf[64];
  return js_string_utf8(js, uv_err_name_r(js_int32_value(v), buf, sizeof buf), (size_t)-1);
}

static js_value uv_get_error_map(js_env *js, js_call *call) {
  js_value global = js_global(js);
  js_value map_ctor = js_get_named(js, global, "Map");
  js_value map;
  if (js_construct(js, map_ctor, 0, NULL, &map)) return NULL;
  js_value set = js_get_named(js, map, "set");
  for (size_t i = 0; i < ARRAY_SIZE(uv_errors); i++) {
    js_value pair[2] = { js_string_intern(js, uv_errors[i].name),
                         js_string_utf8(js, uv_strerror(uv_errors[i].code), (size_t)-1) };
    js_value args[2] = { js_int32(js, uv_errors[i].code), js_array_from(js, pair, 2) };
    if (js_call_function(js, set, map, 2, args, NULL)) return NULL;
  }
  return map;
}

static const js_method uv_methods[] = {
  {"errname", uv_errname, 1},
  {"getErrorMap", uv_get_error_map, 0},
};

js_value binding_init_uv(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, uv_methods, ARRAY_SIZE(uv_methods));
  char name[64];
  for (size_t i = 0; i < ARRAY_SIZE(uv_errors); i++) {
    snprintf(name, sizeof name, "UV_%s", uv_errors[i].name);
    js_set_named(js, b, name, js_int32(js, uv_errors[i].code));
  }
  return b;
}
