/* timers.c -- internalBinding('timers'): one libuv timer for every JS timer list and the
 * check/idle handles that run setImmediate callbacks (lib/internal/timers.js). */
#include "internal.h"

static void timer_cb(uv_timer_t *handle) {
  node_env *env = handle->data;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value fn = js_ref_get(js, env->process_timers);
  js_value now = js_number(js, (double)uv_now(env->loop));
  js_value next = NULL;
  int rc = env_make_callback(env, fn, env_process(env), 1, &now, &next);
  if (rc == 0 && next && js_is(next, JS_IS_NUMBER)) {
    double n = js_number_value(next);
    if (n != 0) {
      double abs = n < 0 ? -n : n;
      double delay = abs - (double)uv_now(env->loop);
      if (delay < 1) delay = 1;
      uv_timer_start(&env->timer, timer_cb, (uint64_t)delay, 0);
      if (n > 0) uv_ref((uv_handle_t *)&env->timer);
      else uv_unref((uv_handle_t *)&env->timer);
    }
  } else if (rc != 0) {
    /* the callback threw: the due timers left in JS run on the next turn */
    uv_timer_start(&env->timer, timer_cb, 1, 0);
  }
  js_scope_close(&scope);
}

static void immediate_check_cb(uv_check_t *handle) {
  node_env *env = handle->data;
  uint32_t *info = env->immediate_info;
  if (!info || (info[IMMEDIATE_COUNT] == 0 && !info[IMMEDIATE_HAS_OUTSTANDING])) return;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  env_make_callback(env, js_ref_get(js, env->process_immediate), env_process(env), 0, NULL,
                    NULL);
  js_scope_close(&scope);
  if (env->immediate_info[IMMEDIATE_REF_COUNT] == 0) uv_idle_stop(&env->immediate_idle);
}

static void immediate_idle_cb(uv_idle_t *handle) { (void)handle; }

void timers_init(node_env *env) {
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
  uv_loop_t *loop = env_of(js)->loop;
  uv_update_time(loop);
  return js_number(js, (double)uv_now(loop));
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
