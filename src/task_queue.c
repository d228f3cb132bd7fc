/* task_queue.c -- internalBinding('task_queue'): the tick flags C reads after every call into
 * JS, the microtask queue and promise rejection events (lib/internal/process/task_queues.js,
 * lib/internal/process/promises.js). */
#include <stdio.h>

#include "internal.h"

static js_value task_queue_run_microtasks(js_env *js, js_call *call) {
  js_run_microtasks(js);
  return NULL;
}

static js_value task_queue_set_tick_callback(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  if (!js_is(js_arg(call, 0), JS_IS_FUNCTION)) return NULL;
  if (env->tick_callback) js_ref_free(env->tick_callback);
  env->tick_callback = js_ref_new(js, js_arg(call, 0));
  return NULL;
}

static js_value task_queue_enqueue_microtask(js_env *js, js_call *call) {
  if (!js_is(js_arg(call, 0), JS_IS_FUNCTION)) return NULL;
  js_enqueue_microtask(js, js_arg(call, 0));
  return NULL;
}

static void promise_reject(js_env *js, int event, js_value promise, js_value value) {
  node_env *env = env_of(js);
  if (!env->promise_reject_callback) return;
  js_value fn = js_ref_get(js, env->promise_reject_callback);
  js_value args[3] = { js_int32(js, event), promise, value };
  js_value exc;
  /* V8 must not see an exception here: report it and carry on, as Node does. */
  if (js_call_catch(js, fn, js_undefined(js), 3, args, NULL, &exc) && exc) {
    js_utf8 s;
    js_value stack = js_is(exc, JS_IS_OBJECT) ? js_get_named(js, exc, "stack") : exc;
    if (js_utf8_init(js, stack ? stack : exc, &s) == 0) {
      fprintf(stderr, "Exception in PromiseRejectCallback:\n%s\n", s.str);
      js_utf8_free(&s);
    }
  }
}

static js_value task_queue_set_promise_reject_callback(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  if (!js_is(js_arg(call, 0), JS_IS_FUNCTION)) return NULL;
  if (env->promise_reject_callback) js_ref_free(env->promise_reject_callback);
  env->promise_reject_callback = js_ref_new(js, js_arg(call, 0));
  js_set_promise_reject_callback(js, promise_reject);
  return NULL;
}

static const js_method task_queue_methods[] = {
  {"enqueueMicrotask", task_queue_enqueue_microtask, 1},
  {"runMicrotasks", task_queue_run_microtasks, 0},
  {"setPromiseRejectCallback", task_queue_set_promise_reject_callback, 1},
  {"setTickCallback", task_queue_set_tick_callback, 1},
};

js_value binding_init_task_queue(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, task_queue_methods, ARRAY_SIZE(task_queue_methods));
  void *data;
  js_value ab = js_array_buffer_new(js, sizeof(int32_t) * TICK_FIELDS, &data);
  env->tick_info = data;
  js_set_named(js, b, "tickInfo", js_typed_array_new(js, JS_INT32, ab, 0, TICK_FIELDS));
  /* V8's event numbering (js_v8.cc maps to these) */
  js_value ev = js_object_new(js);
  js_set_named(js, ev, "kPromiseRejectWithNoHandler", js_int32(js, 0));
  js_set_named(js, ev, "kPromiseHandlerAddedAfterReject", js_int32(js, 1));
  js_set_named(js, ev, "kPromiseResolveAfterResolved", js_int32(js, 2));
  js_set_named(js, ev, "kPromiseRejectAfterResolved", js_int32(js, 3));
  js_set_named(js, b, "promiseRejectEvents", ev);
  return b;
}
