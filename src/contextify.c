/* contextify.c -- internalBinding('contextify'): compiling user code (the CommonJS wrapper in
 * lib/internal/modules/cjs/loader.js, -e/-p in lib/internal/main/run.js) and vm.Script's
 * compiled scripts (ContextifyScript, driven by lib/vm.js). */
#include <stdlib.h>
#include <string.h>

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

/* A Uint8Array holding a copy of a code cache, or undefined when V8 made none. */
static js_value code_cache_array(js_env *js, uint8_t *cache, size_t len) {
  if (!cache) return NULL;
  void *data;
  js_value ab = js_array_buffer_new_uninit(js, len, &data);
  memcpy(data, cache, len);
  free(cache);
  return js_typed_array_new(js, JS_UINT8, ab, 0, len);
}

/* compileFunction(code, filename, params, hostId, cachedData, produceCachedData): the function,
 * with cachedDataRejected when given a cache, cachedData when asked to produce one. */
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
  js_value cached = js_arg(call, 4);
  uint8_t *cache = NULL;
  size_t cache_len = 0;
  int rejected = 0;
  if (!js_is(cached, JS_IS_UNDEFINED)) {
    if (!js_is(cached, JS_IS_ARRAY_BUFFER_VIEW)) {
      js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "cachedData must be an ArrayBufferView");
      return NULL;
    }
    js_bytes(cached, &cache, &cache_len);
  }
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
  r = js_compile_function(js, code, filename, cnames, (int)n, cache, cache_len, &rejected,
                          host_id);
  if (r && !js_is(cached, JS_IS_UNDEFINED))
    js_set_named(js, r, "cachedDataRejected", js_boolean(js, rejected));
  if (r && js_to_bool(js_arg(call, 5))) {
    size_t len = 0;
    uint8_t *made = js_code_cache_for_function(js, r, &len);
    js_set_named(js, r, "cachedDataProduced", js_boolean(js, made != NULL));
    if (made) js_set_named(js, r, "cachedData", code_cache_array(js, made, len));
  }
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

typedef struct {
  js_script *script;
  js_ref *object;   /* weak: collecting the ContextifyScript frees this */
} contextify_script;

static const long contextify_script_tag = 1;

static void contextify_script_free(void *data) {
  contextify_script *w = data;
  js_script_free(w->script);
  js_ref_free(w->object);
  free(w);
}

/* new ContextifyScript(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
 * hostId): sets sourceMapURL, cachedDataRejected when given a cache, cachedData when asked to
 * produce one. */
static js_value contextify_script_new(js_env *js, js_call *call) {
  js_value code = js_arg(call, 0), filename = js_arg(call, 1), line = js_arg(call, 2),
           column = js_arg(call, 3), cached = js_arg(call, 4), produce = js_arg(call, 5);
  js_value host_id;
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_CONSTRUCT_CALL_REQUIRED",
                        "Class constructor ContextifyScript cannot be invoked without 'new'");
    return NULL;
  }
  if (!js_is(code, JS_IS_STRING) || !js_is(filename, JS_IS_STRING) ||
      !js_is(line, JS_IS_INT32) || !js_is(column, JS_IS_INT32) ||
      (!js_is(cached, JS_IS_UNDEFINED) && !js_is(cached, JS_IS_ARRAY_BUFFER_VIEW))) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                        "new ContextifyScript(code, filename, lineOffset, columnOffset, "
                        "cachedData, produceCachedData, hostId)");
    return NULL;
  }
  if (host_id_arg(js, js_arg(call, 6), &host_id)) return NULL;
  uint8_t *cache = NULL;
  size_t cache_len = 0;
  int rejected = 0;
  if (!js_is(cached, JS_IS_UNDEFINED)) js_bytes(cached, &cache, &cache_len);
  js_script *script = js_script_compile(js, code, filename, js_int32_value(line),
                                        js_int32_value(column), cache, cache_len, &rejected,
                                        host_id);
  if (!script) return NULL;
  contextify_script *w = calloc(1, sizeof *w);
  if (!w) abort();
  w->script = script;
  js_value self = js_this(call);
  js_wrap_tagged(self, w, &contextify_script_tag);
  w->object = js_ref_new(js, self);
  js_ref_set_weak(w->object, contextify_script_free, w);
  js_set_named(js, self, "sourceMapURL", js_script_source_map_url(js, script));
  if (!js_is(cached, JS_IS_UNDEFINED))
    js_set_named(js, self, "cachedDataRejected", js_boolean(js, rejected));
  if (js_to_bool(produce)) {
    size_t len = 0;
    uint8_t *made = js_script_code_cache(js, script, &len);
    js_set_named(js, self, "cachedDataProduced", js_boolean(js, made != NULL));
    if (made) js_set_named(js, self, "cachedData", code_cache_array(js, made, len));
  }
  return NULL;
}

static contextify_script *this_script(js_env *js, js_call *call) {
  contextify_script *w = js_unwrap_tagged(js_this(call), &contextify_script_tag);
  if (!w) js_throw_type_error(js, "ERR_INVALID_THIS", "Illegal invocation");
  return w;
}

static js_value contextify_script_run_in_this_context(js_env *js, js_call *call) {
  contextify_script *w = this_script(js, call);
  return w ? js_script_run(js, w->script) : NULL;
}

static js_value contextify_script_create_cached_data(js_env *js, js_call *call) {
  contextify_script *w = this_script(js, call);
  if (!w) return NULL;
  size_t len = 0;
  uint8_t *made = js_script_code_cache(js, w->script, &len);
  if (!made) return js_typed_array_new(js, JS_UINT8, js_array_buffer_new(js, 0, NULL), 0, 0);
  return code_cache_array(js, made, len);
}

static const js_method contextify_script_methods[] = {
  {"createCachedData", contextify_script_create_cached_data, 0},
  {"runInThisContext", contextify_script_run_in_this_context, 0},
};

static const js_method contextify_methods[] = {
  {"checkSyntax", contextify_check_syntax, 2},
  {"compileFunction", contextify_compile_function, 6},
  {"runScript", contextify_run_script, 3},
};

js_value binding_init_contextify(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, contextify_methods, ARRAY_SIZE(contextify_methods));
  js_set_named(env->js, b, "ContextifyScript",
               js_class_new(env->js, "ContextifyScript", contextify_script_new,
                            contextify_script_methods, ARRAY_SIZE(contextify_script_methods),
                            2));
  return b;
}
