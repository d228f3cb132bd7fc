/* util.c -- internalBinding('util') and internalBinding('types'): what JS cannot see by itself
 * (promise state, proxy internals, collection entries, exact type checks), for
 * lib/internal/util/inspect.js and lib/internal/util/types.js. */
#include "internal.h"

static js_value util_get_promise_details(js_env *js, js_call *call) {
  js_value p = js_arg(call, 0);
  if (!js_is(p, JS_IS_PROMISE)) return NULL;
  int state = js_promise_state(p);
  js_value items[2] = { js_int32(js, state), state ? js_promise_result(p) : NULL };
  return js_array_from(js, items, state ? 2 : 1);
}

static js_value util_get_proxy_details(js_env *js, js_call *call) {
  js_value p = js_arg(call, 0);
  if (!js_is(p, JS_IS_PROXY)) return NULL;
  if (js_argc(call) == 1 || js_to_bool(js_arg(call, 1))) {
    js_value items[2] = { js_proxy_target(p), js_proxy_handler(p) };
    return js_array_from(js, items, 2);
  }
  return js_proxy_target(p);
}

static js_value util_preview_entries(js_env *js, js_call *call) {
  int kv = 0;
  js_value entries = js_preview_entries(js, js_arg(call, 0), &kv);
  if (!entries) return NULL;
  if (js_argc(call) < 2) return entries;
  js_value items[2] = { entries, js_boolean(js, kv) };
  return js_array_from(js, items, 2);
}

static js_value util_get_own_non_index_properties(js_env *js, js_call *call) {
  if (!js_is(js_arg(call, 0), JS_IS_OBJECT)) return NULL;
  int filter = js_is(js_arg(call, 1), JS_IS_NUMBER) ? js_int32_value(js_arg(call, 1)) : 0;
  return js_own_non_index_properties(js, js_arg(call, 0), filter);
}

static js_value util_get_constructor_name(js_env *js, js_call *call) {
  if (!js_is(js_arg(call, 0), JS_IS_OBJECT)) return NULL;
  return js_constructor_name(js, js_arg(call, 0));
}

static js_value util_get_external_value(js_env *js, js_call *call) {
  js_value v = js_arg(call, 0);
  if (!js_is(v, JS_IS_EXTERNAL)) return NULL;
  return js_bigint_from_uint64(js, (uint64_t)(uintptr_t)js_external_value(v));
}

/* "TCP", "TTY", "UDP", "FILE", "PIPE", "UNKNOWN" or "INVALID": what fd is, for stdio. */
static js_value util_guess_handle_type(js_env *js, js_call *call) {
  js_value fd = js_arg(call, 0);
  const char *type = "INVALID";
  if (js_is(fd, JS_IS_INT32) && js_int32_value(fd) >= 0) {
    switch (uv_guess_handle(js_int32_value(fd))) {
      case UV_TCP: type = "TCP"; break;
      case UV_TTY: type = "TTY"; break;
      case UV_UDP: type = "UDP"; break;
      case UV_FILE: type = "FILE"; break;
      case UV_NAMED_PIPE: type = "PIPE"; break;
      case UV_UNKNOWN_HANDLE: type = "UNKNOWN"; break;
      default: break;
    }
  }
  return js_string_intern(js, type);
}

static js_value util_is_array_buffer_detached(js_env *js, js_call *call) {
  js_value v = js_arg(call, 0);
  return js_boolean(js, js_is(v, JS_IS_ARRAY_BUFFER) && js_array_buffer_detached(v));
}

/* transferArrayBuffer(ab): lib/internal/webstreams/util.js moves chunks with it. */
static js_value util_transfer_array_buffer(js_env *js, js_call *call) {
  js_value v = js_arg(call, 0);
  js_value r = js_is(v, JS_IS_ARRAY_BUFFER) ? js_array_buffer_transfer(js, v) : NULL;
  if (r == NULL) {
    js_throw_type_error(js, "ERR_INVALID_STATE", "Invalid state: %s",
                        "The ArrayBuffer cannot be transferred");
  }
  return r;
}

static const js_method util_methods[] = {
  {"getConstructorName", util_get_constructor_name, 1},
  {"getExternalValue", util_get_external_value, 1},
  {"getOwnNonIndexProperties", util_get_own_non_index_properties, 2},
  {"getPromiseDetails", util_get_promise_details, 1},
  {"getProxyDetails", util_get_proxy_details, 1},
  {"guessHandleType", util_guess_handle_type, 1},
  {"isArrayBufferDetached", util_is_array_buffer_detached, 1},
  {"previewEntries", util_preview_entries, 2},
  {"transferArrayBuffer", util_transfer_array_buffer, 1},
};

js_value binding_init_util(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, util_methods, ARRAY_SIZE(util_methods));
  js_value c = js_object_new(js);
  js_set_named(js, c, "kPending", js_int32(js, 0));
  js_set_named(js, c, "kFulfilled", js_int32(js, 1));
  js_set_named(js, c, "kRejected", js_int32(js, 2));
  js_set_named(js, c, "ALL_PROPERTIES", js_int32(js, 0));
  js_set_named(js, c, "ONLY_ENUMERABLE", js_int32(js, 2));
  js_set_named(js, c, "ONLY_WRITABLE", js_int32(js, 1));
  js_set_named(js, c, "ONLY_CONFIGURABLE", js_int32(js, 4));
  js_set_named(js, c, "SKIP_STRINGS", js_int32(js, 8));
  js_set_named(js, c, "SKIP_SYMBOLS", js_int32(js, 16));
  js_set_named(js, b, "constants", c);
  return b;
}

/* -- internalBinding('types') -- */

#define TYPE_CHECKS(XX)                                                                     \
  XX(isArgumentsObject, JS_IS_ARGUMENTS_OBJECT)                                             \
  XX(isArrayBuffer, JS_IS_ARRAY_BUFFER)                                                     \
  XX(isAsyncFunction, JS_IS_ASYNC_FUNCTION)                                                 \
  XX(isBigIntObject, JS_IS_BIGINT_OBJECT)                                                   \
  XX(isBooleanObject, JS_IS_BOOLEAN_OBJECT)                                                 \
  XX(isDataView, JS_IS_DATA_VIEW)                                                           \
  XX(isDate, JS_IS_DATE)                                                                    \
  XX(isExternal, JS_IS_EXTERNAL)                                                            \
  XX(isGeneratorFunction, JS_IS_GENERATOR_FUNCTION)                                         \
  XX(isGeneratorObject, JS_IS_GENERATOR_OBJECT)                                             \
  XX(isMap, JS_IS_MAP)                                                                      \
  XX(isMapIterator, JS_IS_MAP_ITERATOR)                                                     \
  XX(isModuleNamespaceObject, JS_IS_MODULE_NAMESPACE_OBJECT)                                \
  XX(isNativeError, JS_IS_NATIVE_ERROR)                                                     \
  XX(isNumberObject, JS_IS_NUMBER_OBJECT)                                                   \
  XX(isPromise, JS_IS_PROMISE)                                                              \
  XX(isProxy, JS_IS_PROXY)                                                                  \
  XX(isRegExp, JS_IS_REGEXP)                                                                \
  XX(isSet, JS_IS_SET)                                                                      \
  XX(isSetIterator, JS_IS_SET_ITERATOR)                                                     \
  XX(isSharedArrayBuffer, JS_IS_SHARED_ARRAY_BUFFER)                                        \
  XX(isStringObject, JS_IS_STRING_OBJECT)                                                   \
  XX(isSymbolObject, JS_IS_SYMBOL_OBJECT)                                                   \
  XX(isWeakMap, JS_IS_WEAK_MAP)                                                             \
  XX(isWeakSet, JS_IS_WEAK_SET)

#define XX(name, check)                                                                     \
  static js_value types_##name(js_env *js, js_call *call) {                                 \
    js_value v = js_arg(call, 0);                                                           \
    return js_boolean(js, js_is(v, check));                                                 \
  }
TYPE_CHECKS(XX)
#undef XX

static js_value types_isBoxedPrimitive(js_env *js, js_call *call) {
  js_value v = js_arg(call, 0);
  return js_boolean(js, js_is(v, JS_IS_NUMBER_OBJECT) || js_is(v, JS_IS_STRING_OBJECT) ||
                            js_is(v, JS_IS_BOOLEAN_OBJECT) || js_is(v, JS_IS_BIGINT_OBJECT) ||
                            js_is(v, JS_IS_SYMBOL_OBJECT));
}

static js_value types_isAnyArrayBuffer(js_env *js, js_call *call) {
  js_value v = js_arg(call, 0);
  return js_boolean(js, js_is(v, JS_IS_ARRAY_BUFFER) || js_is(v, JS_IS_SHARED_ARRAY_BUFFER));
}

static js_value types_isArrayBufferView(js_env *js, js_call *call) {
  return js_boolean(js, js_is(js_arg(call, 0), JS_IS_ARRAY_BUFFER_VIEW));
}

static js_value types_isTypedArray(js_env *js, js_call *call) {
  return js_boolean(js, js_is(js_arg(call, 0), JS_IS_TYPED_ARRAY));
}

static js_value types_isUint8Array(js_env *js, js_call *call) {
  return js_boolean(js, js_is(js_arg(call, 0), JS_IS_UINT8_ARRAY));
}

#define XX(name, check) {#name, types_##name, 1},
static const js_method types_methods[] = {
  TYPE_CHECKS(XX)
  {"isAnyArrayBuffer", types_isAnyArrayBuffer, 1},
  {"isArrayBufferView", types_isArrayBufferView, 1},
  {"isBoxedPrimitive", types_isBoxedPrimitive, 1},
  {"isTypedArray", types_isTypedArray, 1},
  {"isUint8Array", types_isUint8Array, 1},
};
#undef XX

js_value binding_init_types(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, types_methods, ARRAY_SIZE(types_methods));
  return b;
}
