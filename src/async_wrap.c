/* async_wrap.c -- internalBinding('async_wrap'): the async context frame V8 carries through
 * promise reactions, read and set by lib/internal/async_hooks.js (AsyncLocalStorage,
 * AsyncResource); env.c restores it around the callbacks of handles and requests. */
#include "internal.h"

#define PROMISE_FRAME_KEY "node:promiseContextFrame"

/* V8 hands the frame on to promise reactions by itself, but not to the job that calls a
 * thenable's then() (`await thenable`): promise hooks carry it there, from the promise's
 * creation to the job's start. Installed with the first frame, so that programs without
 * one keep V8's fast promises. */
static js_value promise_init_hook(js_env *js, js_call *call) {
  js_value frame = js_async_context_frame(js);
  if (!js_is(frame, JS_IS_UNDEFINED) && js_is(js_arg(call, 0), JS_IS_OBJECT))
    js_set_private(js, js_arg(call, 0), PROMISE_FRAME_KEY, frame);
  return NULL;
}

static js_value promise_before_hook(js_env *js, js_call *call) {
  if (!js_is(js_arg(call, 0), JS_IS_OBJECT)) return NULL;
  js_value frame = js_get_private(js, js_arg(call, 0), PROMISE_FRAME_KEY);
  if (frame && !js_is(frame, JS_IS_UNDEFINED)) js_set_async_context_frame(js, frame);
  return NULL;
}

static js_value async_wrap_get_frame(js_env *js, js_call *call) {
  (void)call;
  return js_async_context_frame(js);
}

static js_value async_wrap_set_frame(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  js_value frame = js_arg(call, 0);
  if (!env->async_context_in_use && !js_is(frame, JS_IS_UNDEFINED)) {
    env->async_context_in_use = 1;
    js_set_promise_hooks(js, js_function_new(js, "init", promise_init_hook, NULL),
                         js_function_new(js, "before", promise_before_hook, NULL), NULL, NULL);
  }
  js_set_async_context_frame(js, frame);
  return NULL;
}

static const js_method async_wrap_methods[] = {
  {"getFrame", async_wrap_get_frame, 0},
  {"setFrame", async_wrap_set_frame, 1},
};

js_value binding_init_async_wrap(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, async_wrap_methods, ARRAY_SIZE(async_wrap_methods));
  return b;
}
