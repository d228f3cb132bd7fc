/* env.c -- libuv <-> JS: calls from the loop into JS with the nextTick and microtask
 * checkpoints after them (lib/internal/process/task_queues.js), the binding registry, exit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

node_env *env_of(js_env *js) { return js_env_data(js); }

js_value env_process(node_env *env) { return js_ref_get(env->js, env->process); }

void env_tick(node_env *env) {
  js_env *js = env->js;
  int32_t *ti = env->tick_info;
  if (!ti || (!ti[TICK_HAS_TICK_SCHEDULED] && !ti[TICK_HAS_REJECTION_TO_WARN]))
    js_run_microtasks(js);
  if (!ti || !env->tick_callback) return;
  if (!ti[TICK_HAS_TICK_SCHEDULED] && !ti[TICK_HAS_REJECTION_TO_WARN]) return;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value exc;
  js_value fn = js_ref_get(js, env->tick_callback);
  /* An exception stops this drain (reported); the ticks left run at the next one. */
  if (js_call_catch(js, fn, env_process(env), 0, NULL, NULL, &exc) && exc)
    errors_trigger_uncaught(env, exc, 0);
  js_scope_close(&scope);
}

/* The frame an object's callbacks run in (lib/internal/async_context_frame.js): kept only once
 * a frame has been set, so that a program without AsyncLocalStorage pays one test. */
#define FRAME_KEY "node:asyncContextFrame"

void env_capture_async_context(node_env *env, js_value obj) {
  if (!env->async_context_in_use) return;
  js_value frame = js_async_context_frame(env->js);
  if (!js_is(frame, JS_IS_UNDEFINED)) js_set_private(env->js, obj, FRAME_KEY, frame);
}

int env_make_callback(node_env *env, js_value fn, js_value recv, int argc, js_value *argv,
                      js_value *result) {
  js_env *js = env->js;
  js_value exc, prev_frame = NULL;
  if (env->async_context_in_use) {
    prev_frame = js_async_context_frame(js);
    js_value frame = js_is(recv, JS_IS_OBJECT) ? js_get_private(js, recv, FRAME_KEY) : NULL;
    js_set_async_context_frame(js, frame ? frame : js_undefined(js));
  }
  env->callback_depth++;
  int rc = js_call_catch(js, fn, recv, argc, argv, result, &exc);
  if (rc != 0 && exc) errors_trigger_uncaught(env, exc, 0);
  env->callback_depth--;
  if (prev_frame) js_set_async_context_frame(js, prev_frame);
  /* As Node, a callback that threw skips the drain: the next callback does it. */
  if (env->callback_depth == 0 && rc == 0) env_tick(env);
  return rc;
}

js_value env_require_builtin(node_env *env, const char *id) {
  js_value fn = js_ref_get(env->js, env->require_builtin);
  js_value arg = js_string_utf8(env->js, id, (size_t)-1);
  js_value r;
  if (js_call_function(env->js, fn, js_undefined(env->js), 1, &arg, &r)) return NULL;
  return r;
}

void env_exit(node_env *env, int code) {
  stream_wrap_flush_stdio(env);
  tty_wrap_reset_stdio();
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

/* -- the binding registry -- */

typedef struct {
  const char *name;
  binding_init_fn init;
} binding_entry;

#define XX(name) { #name, binding_init_##name },
static const binding_entry bindings[] = { NODE_BINDINGS(XX) };
#undef XX

js_value binding_get(node_env *env, const char *name) {
  js_env *js = env->js;
  js_value cache = js_ref_get(js, env->binding_cache);
  js_value key = js_string_utf8(js, name, (size_t)-1);
  js_value cached = js_get(js, cache, key);
  if (cached && !js_is(cached, JS_IS_UNDEFINED)) return cached;
  for (size_t i = 0; i < ARRAY_SIZE(bindings); i++) {
    if (strcmp(bindings[i].name, name)) continue;
    js_value b = bindings[i].init(env);
    if (!b) return NULL;
    js_set(js, cache, key, b);
    return b;
  }
  js_throw_error(js, "ERR_INVALID_MODULE", "No such binding: %s", name);
  return NULL;
}

js_value binding_internal_binding(js_env *js, js_call *call) {
  js_utf8 name;
  js_value arg = js_arg(call, 0);
  if (!js_is(arg, JS_IS_STRING)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "binding name must be a string");
    return NULL;
  }
  if (js_utf8_init(js, arg, &name)) return NULL;
  js_value r = binding_get(env_of(js), name.str);
  js_utf8_free(&name);
  return r;
}

js_value uv_code(node_env *env, int code) { return js_int32(env->js, code); }
