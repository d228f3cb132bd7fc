/* errors.c -- the uncaught-exception path: hands the error to the JS handler set by
 * lib/internal/process/execution.js, which runs 'uncaughtException' listeners or prints and
 * exits; internalBinding('errors'). */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

static void print_value(js_env *js, js_value v) {
  js_utf8 s;
  js_value stack = NULL;
  if (js_is(v, JS_IS_OBJECT)) stack = js_get_named(js, v, "stack");
  if (!stack || js_is(stack, JS_IS_UNDEFINED)) stack = v;
  if (js_utf8_init(js, stack, &s) == 0) {
    fprintf(stderr, "%s\n", s.str);
    js_utf8_free(&s);
  }
}

void errors_fatal_bootstrap(node_env *env, js_value exc) {
  js_env *js = env->js;
  if (exc) {
    js_value arrow = js_exception_arrow(js, exc);
    js_utf8 a;
    if (arrow && js_utf8_init(js, arrow, &a) == 0) {
      fprintf(stderr, "%s\n", a.str);
      js_utf8_free(&a);
    }
    print_value(js, exc);
  }
  fprintf(stderr, "\nNode.js v%s\n", NODE_VERSION_STRING);
  env_exit(env, 7);
}

int errors_trigger_uncaught(node_env *env, js_value err, int from_promise) {
  js_env *js = env->js;
  if (!env->fatal_exception_handler || env->in_fatal) errors_fatal_bootstrap(env, err);
  env->in_fatal++;
  js_value handler = js_ref_get(js, env->fatal_exception_handler);
  js_value args[2] = { err, js_boolean(js, from_promise) };
  js_value result, exc;
  int rc = js_call_catch(js, handler, env_process(env), 2, args, &result, &exc);
  env->in_fatal--;
  if (rc != 0) {
    if (!exc) return -1;  /* terminating */
    /* an exception inside the handler or an 'uncaughtException' listener: exit 7 */
    js_value arrow = js_exception_arrow(js, exc);
    js_utf8 a;
    if (arrow && js_utf8_init(js, arrow, &a) == 0) {
      fprintf(stderr, "%s\n", a.str);
      js_utf8_free(&a);
    }
    print_value(js, exc);
    fprintf(stderr, "\nNode.js v%s\n", NODE_VERSION_STRING);
    env_exit(env, 7);
  }
  if (js_to_bool(result)) return 0;
  env_exit(env, 1);
}

/* -- internalBinding('errors') -- */

static js_value errors_set_fatal_exception_handler(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  if (!js_is(js_arg(call, 0), JS_IS_FUNCTION)) return NULL;
  if (env->fatal_exception_handler) js_ref_free(env->fatal_exception_handler);
  env->fatal_exception_handler = js_ref_new(js, js_arg(call, 0));
  return NULL;
}

static js_value errors_set_prepare_stack_trace_callback(js_env *js, js_call *call) {
  if (js_is(js_arg(call, 0), JS_IS_FUNCTION)) js_set_prepare_stack_trace(js, js_arg(call, 0));
  return NULL;
}

static js_value errors_trigger_uncaught_exception(js_env *js, js_call *call) {
  errors_trigger_uncaught(env_of(js), js_arg(call, 0), js_to_bool(js_arg(call, 1)));
  return NULL;
}

static js_value errors_get_error_source_arrow(js_env *js, js_call *call) {
  return js_exception_arrow(js, js_arg(call, 0));
}

static js_value errors_no_side_effects_to_string(js_env *js, js_call *call) {
  return js_detail_string(js, js_arg(call, 0));
}

static js_value errors_is_arrow_attached(js_env *js, js_call *call) {
  return js_boolean(js, js_exception_arrow_attached(js, js_arg(call, 0)));
}

static const js_method errors_methods[] = {
  {"getErrorSourceArrow", errors_get_error_source_arrow, 1},
  {"isArrowAttached", errors_is_arrow_attached, 1},
  {"noSideEffectsToString", errors_no_side_effects_to_string, 1},
  {"setFatalExceptionHandler", errors_set_fatal_exception_handler, 1},
  {"setPrepareStackTraceCallback", errors_set_prepare_stack_trace_callback, 1},
  {"triggerUncaughtException", errors_trigger_uncaught_exception, 2},
};

js_value binding_init_errors(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, errors_methods, ARRAY_SIZE(errors_methods));
  return b;
}
