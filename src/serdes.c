/* serdes.c -- internalBinding('serdes'): V8's structured serialization, for structuredClone
 * (lib/internal/structured_clone.js) and IPC messages (lib/internal/child_process/
 * serialization.js). */
#include "internal.h"

static js_value serdes_serialize(js_env *js, js_call *call) {
  return js_serialize(js, js_arg(call, 0));
}

static js_value serdes_deserialize(js_env *js, js_call *call) {
  uint8_t *data;
  size_t len;
  if (js_bytes(js_arg(call, 0), &data, &len)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "deserialize() takes an ArrayBuffer");
    return NULL;
  }
  return js_deserialize(js, data, len);
}

/* serializeMessage(value, bufferPrototype) -> ArrayBuffer */
static js_value serdes_serialize_message(js_env *js, js_call *call) {
  return js_serialize_message(js, js_arg(call, 0), js_arg(call, 1));
}

/* deserializeMessage(bytes, bufferPrototype) */
static js_value serdes_deserialize_message(js_env *js, js_call *call) {
  uint8_t *data;
  size_t len;
  if (js_bytes(js_arg(call, 0), &data, &len)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "deserializeMessage() takes bytes");
    return NULL;
  }
  return js_deserialize_message(js, data, len, js_arg(call, 1));
}

static js_value serdes_structured_clone(js_env *js, js_call *call) {
  if (!js_is(js_arg(call, 1), JS_IS_ARRAY)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "structuredClone(value, transferArray)");
    return NULL;
  }
  return js_structured_clone(js, js_arg(call, 0), js_arg(call, 1));
}

static const js_method serdes_methods[] = {
  {"deserialize", serdes_deserialize, 1},
  {"deserializeMessage", serdes_deserialize_message, 2},
  {"serialize", serdes_serialize, 1},
  {"serializeMessage", serdes_serialize_message, 2},
  {"structuredClone", serdes_structured_clone, 2},
};

js_value binding_init_serdes(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, serdes_methods, ARRAY_SIZE(serdes_methods));
  return b;
}
