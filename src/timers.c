/* timers.c -- internalBinding('timers'): one libuv timer for every JS timer list and the
 * check/idle handles that run setImmediate callbacks (lib/internal/timers.js). */
#include "internal.h"

/* Loop time as JS sees it: milliseconds since start-up (Node's timer `_idleStart`). */
static double loop_now(node_env *env) {
  return (double)(uv_now(env->loop) - env->timer_base);
}

static void timer_cb(uv_timer_t *handle) {
  node_env *env = handle->data;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value fn = js_ref_get(js, env->process_timers);
  js_value now = js_number(js, loop_now(env));
  js_value next = NULL, exc;
  /* As Node: an exception in a timer is reported, then the same run goes on with the
   * timers still due; ticks are drained once, after the run. */
  env->callback_depth++;
  while (js_call_catch(js, fn, env_process(env), 1, &now, &next, &exc)) {
    if (!exc) break;
    errors_trigger_uncaught(env, exc, 0);
    next = NULL;
  }
  env->callback_depth--;
  if (next && js_is(next, JS_IS_NUMBER)) {
    double n = js_number_value(next);
    if (n != 0) {
      double delay = (n < 0 ? -n : n) - loop_now(env);
      if (delay < 1) delay = 1;
      uv_timer_start(&env->timer, timer_cb, (uint64_t)delay, 0);
      if (n > 0) uv_ref((uv_handle_t *)&env->timer);
      else uv_unref((uv_handle_t *)&env->timer);
    }
  }
  if (env->callback_depth == 0) env_tick(env);
  js_scope_close(&scope);
}

static void immediate_check_cb(uv_check_t *handle) {
  node_env *env = handle->data;
  uint32_t *info = env->immediate_info;
  if (!info || info[IMMEDIATE_COUNT] == 0) return;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  /* an exception leaves the rest of the run outstanding: go on with it at once */
  do {
    env_make_callback(env, js_ref_get(js, env->process_immediate), env_process(env), 0, NULL,
                      NULL);
  } while (info[IMMEDIATE_HAS_OUTSTANDING] && !js_is_execution_terminating(js));
  js_scope_close(&scope);
  if (info[IMMEDIATE_REF_COUNT] == 0) uv_idle_stop(&env->immediate_idle);
}

static void immediate_idle_cb(uv_idle_t *handle) { (void)handle; }

void timers_init(node_env *env) {
  uv_update_time(env->loop);
  env->timer_base = uv_now(env->loop);
  uv_timer_init(env->loop, &env->timer);
  env->timer.data = env;
  uv_unref((uv_handle_t *)&env->timer);
  uv_check_init(env->loop, &env->immediate_check);
  env->immediate_check.data = env;
  uv_check_start(&env->immediate_check, immediate_check_cb);
  uv_unref((uv_handle_t *)&env->immediate_check);
  uv_idle_init(env->loop, &env->immediate_idle);
  env->immediate_idle.data = env;
}

static js_value timers_setup_timers(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  env->process_immediate = js_ref_new(js, js_arg(call, 0));
  env->process_timers = js_ref_new(js, js_arg(call, 1));
  return NULL;
}

static js_value timers_schedule_timer(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  double ms = js_is(js_arg(call, 0), JS_IS_NUMBER) ? js_number_value(js_arg(call, 0)) : 1;
  if (!(ms >= 1)) ms = 1;
  uv_timer_start(&env->timer, timer_cb, (uint64_t)ms, 0);
  return NULL;
}

static js_value timers_toggle_timer_ref(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  if (js_to_bool(js_arg(call, 0))) uv_ref((uv_handle_t *)&env->timer);
  else uv_unref((uv_handle_t *)&env->timer);
  return NULL;
}

static js_value timers_toggle_immediate_ref(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  if (js_to_bool(js_arg(call, 0))) uv_idle_start(&env->immediate_idle, immediate_idle_cb);
  else uv_idle_stop(&env->immediate_idle);
  return NULL;
}

/* The loop's cached time goes stale while JS runs: refresh it, as Node does, so that timers
 * started late in a long callback do not fire early. */
static js_value timers_get_libuv_now(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  uv_update_time(env->loop);
  return js_number(js, loop_now(env));
}

static const js_method timers_methods[] = {
  {"getLibuvNow", timers_get_libuv_now, 0},
  {"scheduleTimer", timers_schedule_timer, 1},
  {"setupTimers", timers_setup_timers, 2},
  {"toggleImmediateRef", timers_toggle_immediate_ref, 1},
  {"toggleTimerRef", timers_toggle_timer_ref, 1},
};

js_value binding_init_timers(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, timers_methods, ARRAY_SIZE(timers_methods));
  void *data;
  js_value ab = js_array_buffer_new(js, sizeof(uint32_t) * IMMEDIATE_FIELDS, &data);
  env->immediate_info = data;
  js_set_named(js, b, "immediateInfo", js_typed_array_new(js, JS_UINT32, ab, 0, IMMEDIATE_FIELDS));
  return b;
}
