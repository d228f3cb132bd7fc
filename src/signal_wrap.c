/* signal_wrap.c -- internalBinding('signal_wrap'): libuv signal handles behind
 * process.on('SIGINT') and the others (lib/internal/process/signals.js). */
#include <signal.h>
#include <stdlib.h>

#include "internal.h"

typedef struct {
  handle_wrap h;         /* first: the allocation starts with the handle_wrap */
  uv_signal_t sig;
} signal_wrap;

/* new Signal() */
static js_value signal_new(js_env *js, js_call *call) {
  js_value self = js_this(call);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    return NULL;
  }
  js_wrap(self, NULL);
  node_env *env = env_of(js);
  signal_wrap *s = malloc(sizeof *s);
  if (!s) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  uv_signal_init(env->loop, &s->sig);
  handle_wrap_init(&s->h, env, self, (uv_handle_t *)&s->sig);
  return NULL;
}

/* this.onsignal(signum), from the loop */
static void signal_cb(uv_signal_t *handle, int signum) {
  signal_wrap *s = handle->data;
  node_env *env = s->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value self = js_ref_get(js, s->h.self);
  js_value fn = js_get_named(js, self, "onsignal");
  if (fn && js_is(fn, JS_IS_FUNCTION)) {
    js_value arg = js_int32(js, signum);
    env_make_callback(env, fn, self, 1, &arg, NULL);
  }
  js_scope_close(&scope);
}

/* start(signum) -> 0 or a negative libuv code. SIGKILL and SIGSTOP cannot be caught: libuv
 * says EINVAL for them, as for numbers that are no signal. */
static js_value signal_start(js_env *js, js_call *call) {
  signal_wrap *s = (signal_wrap *)handle_wrap_this(call);
  js_value signum = js_arg(call, 0);
  if (!s) return js_int32(js, UV_EBADF);
  if (!js_is(signum, JS_IS_INT32) || js_int32_value(signum) <= 0 ||
      js_int32_value(signum) >= NSIG)
    return js_int32(js, UV_EINVAL);
  return js_int32(js, uv_signal_start(&s->sig, signal_cb, js_int32_value(signum)));
}

static js_value signal_stop(js_env *js, js_call *call) {
  signal_wrap *s = (signal_wrap *)handle_wrap_this(call);
  if (!s) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_signal_stop(&s->sig));
}

static const js_method signal_methods[] = {
  {"start", signal_start, 1},
  {"stop", signal_stop, 0},
};

static js_method signal_all_methods[ARRAY_SIZE(signal_methods) + HANDLE_WRAP_METHODS];

js_value binding_init_signal_wrap(node_env *env) {
  js_value cls = handle_wrap_class_new(env, "Signal", signal_new, signal_methods,
                                       ARRAY_SIZE(signal_methods), signal_all_methods, NULL, 0);
  if (!cls) return NULL;
  js_value b = js_object_new(env->js);
  js_set_named(env->js, b, "Signal", cls);
  return b;
}
