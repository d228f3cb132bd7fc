/* contextify.c -- internalBinding('contextify'): compiling user code (the CommonJS wrapper in
 * lib/internal/modules/cjs/loader.js, -e/-p in lib/internal/main/run.js). */
#include "internal.h"

/* The optional host id that dynamic import() from the code hands back to the ESM loader
 * (lib/internal/modules/esm/utils.js): a number, or undefined for none. */
static int host_id_arg(js_env *js, js_value v, js_value *out) {
  if (js_is(v, JS_IS_UNDEFINED)) {
    *out = NULL;
    return 0;
  }
  if (!js_is(v, JS_IS_NUMBER)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "the host id must be a number");
    return -1;
  }
  *out = v;
  return 0;
}

static js_value contextify_compile_function(js_env *js, js_call *call) {
  js_value code = js_arg(call, 0), filename = js_arg(call, 1), params = js_arg(call, 2);
  js_value host_id;
  if (!js_is(code, JS_IS_STRING) || !js_is(filename, JS_IS_STRING) ||
      !js_is(params, JS_IS_ARRAY)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                        "compileFunction(code, filename, params, hostId)");
    return NULL;
  }
  if (host_id_arg(js, js_arg(call, 3), &host_id)) return NULL;
  uint32_t n = js_array_length(params);
  if (n > 16) {
    js_throw_range_error(js, "ERR_OUT_OF_RANGE", "too many parameters");
    return NULL;
  }
  js_utf8 names[16];
  const char *cnames[16];
  uint32_t got = 0;
  js_value r = NULL;
  for (; got < n; got++) {
    js_value p = js_get_index(js, params, got);
    if (!p || js_utf8_init(js, p, &names[got])) goto done;
    cnames[got] = names[got].str;
  }
  r = js_compile_function(js, code, filename, cnames, (int)n, NULL, 0, NULL, host_id);
done:
  for (uint32_t i = 0; i < got; i++) js_utf8_free(&names[i]);
  return r;
}

static js_value contextify_run_script(js_env *js, js_call *call) {
  js_value code = js_arg(call, 0), filename = js_arg(call, 1);
  js_value host_id;
  if (!js_is(code, JS_IS_STRING) || !js_is(filename, JS_IS_STRING)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "runScript(code, filename, hostId)");
    return NULL;
  }
  if (host_id_arg(js, js_arg(call, 2), &host_id)) return NULL;
  return js_run_script(js, code, filename, host_id);
}

static js_value contextify_check_syntax(js_env *js, js_call *call) {
  js_value code = js_arg(call, 0), filename = js_arg(call, 1);
  if (!js_is(code, JS_IS_STRING) || !js_is(filename, JS_IS_STRING)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "checkSyntax(code, filename)");
    return NULL;
  }
  js_check_syntax(js, code, filename);
  return NULL;
}

static const js_method contextify_methods[] = {
  {"checkSyntax", contextify_check_syntax, 2},
  {"compileFunction", contextify_compile_function, 4},
  {"runScript", contextify_run_script, 3},
};

js_value binding_init_contextify(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, contextify_methods, ARRAY_SIZE(contextify_methods));
  return b;
}
