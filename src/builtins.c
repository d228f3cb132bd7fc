/* builtins.c -- the built-in modules embedded from lib/ (tools/js2c.py), compiled with their
 * build-time code cache; internalBinding('builtins') for lib/internal/bootstrap/realm.js. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "node_javascript.h"

static int compare_id(const void *key, const void *entry) {
  return strcmp(key, ((const node_builtin_source *)entry)->id);
}

static int find_builtin(const char *id) {
  const node_builtin_source *s = bsearch(id, node_builtin_sources, (size_t)node_builtin_count,
                                         sizeof *node_builtin_sources, compare_id);
  return s ? (int)(s - node_builtin_sources) : -1;
}

js_value builtins_compile(node_env *env, const char *id) {
  static const char *const params[] = NODE_BUILTIN_PARAMS;
  js_env *js = env->js;
  int i = find_builtin(id);
  if (i < 0) {
    js_throw_error(js, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", id);
    return NULL;
  }
  const node_builtin_source *s = &node_builtin_sources[i];
  js_value src = s->two_byte ? js_string_static_utf16(js, s->data, s->length)
                             : js_string_static_latin1(js, s->data, s->length);
  char name[256];
  snprintf(name, sizeof name, "node:%s", id);
  int rejected = 0;
  const node_code_cache_entry *cache = i < node_code_cache_count ? &node_code_cache[i] : NULL;
  return js_compile_function(js, src, js_string_utf8(js, name, (size_t)-1), params,
                             NODE_BUILTIN_NPARAMS, cache ? cache->data : NULL,
                             cache ? cache->length : 0, &rejected, NULL);
}

static js_value builtins_compile_function(js_env *js, js_call *call) {
  js_utf8 id;
  if (!js_is(js_arg(call, 0), JS_IS_STRING)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "id must be a string");
    return NULL;
  }
  if (js_utf8_init(js, js_arg(call, 0), &id)) return NULL;
  js_value fn = builtins_compile(env_of(js), id.str);
  js_utf8_free(&id);
  return fn;
}

static js_value builtins_has(js_env *js, js_call *call) {
  js_utf8 id;
  if (js_utf8_init(js, js_arg(call, 0), &id)) return NULL;
  int found = find_builtin(id.str) >= 0;
  js_utf8_free(&id);
  return js_boolean(js, found);
}

static const js_method builtins_methods[] = {
  {"compileFunction", builtins_compile_function, 1},
  {"hasBuiltin", builtins_has, 1},
};

js_value binding_init_builtins(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, builtins_methods, ARRAY_SIZE(builtins_methods));
  js_value ids = js_array_new(js, (uint32_t)node_builtin_count);
  for (int i = 0; i < node_builtin_count; i++)
    js_set_index(js, ids, (uint32_t)i, js_string_intern(js, node_builtin_sources[i].id));
  js_set_named(js, b, "builtinIds", ids);
  js_set_named(js, b, "config", js_string_utf8(js, node_config_json, (size_t)-1));
  js_set_named(js, b, "buildingCodeCache", js_boolean(js, env->building_code_cache));
  if (env->building_code_cache && env->realm_function)
    js_set_named(js, b, "realmFunction", js_ref_get(js, env->realm_function));
  return b;
}
