/* module_wrap.c -- internalBinding('module_wrap'): ES modules (source text and synthetic) as
 * ModuleWrap objects, their linking, instantiation and evaluation, and the import.meta and
 * import() hooks. Driven by lib/internal/modules/esm/ (module_job.js, translators.js, utils.js). */
#include <stdlib.h>

#include "internal.h"

typedef struct module_wrap {
  js_module *module;
  js_ref *object;                     /* weak: collecting the ModuleWrap frees this */
  js_ref *linked;                     /* specifier -> ModuleWrap, from link() until instantiated */
  js_ref *steps;                      /* synthetic: the evaluation steps, until they run */
  struct module_wrap *next_resolved;  /* the referrers one instantiate() resolved for */
  int resolved;
} module_wrap;

/* Tags ModuleWrap objects, so that link() can check the ones it is given. */
static const long module_wrap_tag = 1;

/* The referrers whose requests the running instantiate() answered: once it succeeds, V8 holds
 * their dependencies itself and their link maps can go. */
static module_wrap *resolved_list;

static void module_wrap_free(void *data) {
  module_wrap *w = data;
  js_module_free(w->module);
  if (w->linked) js_ref_free(w->linked);
  if (w->steps) js_ref_free(w->steps);
  js_ref_free(w->object);
  free(w);
}

static module_wrap *this_wrap(js_call *call) {
  return js_unwrap_tagged(js_this(call), &module_wrap_tag);
}

/* [key1, value1, ...] -> { __proto__: null, key1: value1, ... } */
static js_value attributes_object(js_env *js, js_value pairs) {
  js_value o = js_object_new_null_proto(js);
  uint32_t n = js_array_length(pairs);
  for (uint32_t i = 0; i + 1 < n; i += 2) {
    js_value k = js_get_index(js, pairs, i), v = js_get_index(js, pairs, i + 1);
    if (!k || !v || js_set(js, o, k, v)) return NULL;
  }
  return o;
}

static js_value module_wrap_steps(js_env *js, js_module *module) {
  module_wrap *w = js_module_data(module);
  js_value self = js_ref_get(js, w->object);
  if (!w->steps || !self) return js_undefined(js);
  js_value fn = js_ref_get(js, w->steps);
  /* They run once; dropping them now also breaks the cycle through the closure. */
  js_ref_free(w->steps);
  w->steps = NULL;
  if (js_call_function(js, fn, self, 0, NULL, NULL)) return NULL;
  return js_undefined(js);
}

static int has_duplicate(js_env *js, const js_value *names, uint32_t n) {
  for (uint32_t i = 1; i < n; i++)
    for (uint32_t j = 0; j < i; j++)
      if (js_to_bool(js_strict_equals(js, names[i], names[j]))) return 1;
  return 0;
}

static js_module *synthetic_module(js_env *js, js_value url, js_value names, module_wrap *w) {
  uint32_t n = js_array_length(names);
  js_value *list = malloc(sizeof(js_value) * (n ? n : 1));
  js_module *m = NULL;
  if (!list) abort();
  for (uint32_t i = 0; i < n; i++) {
    list[i] = js_get_index(js, names, i);
    if (!list[i]) goto done;
    if (!js_is(list[i], JS_IS_STRING)) {
      js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "export names must be strings");
      goto done;
    }
  }
  if (has_duplicate(js, list, n)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_VALUE", "export names must be unique");
    goto done;
  }
  m = js_module_synthetic(js, url, list, n, module_wrap_steps, w);
done:
  free(list);
  return m;
}

/* new ModuleWrap(url, source, hostId): a source text module (a SyntaxError throws).
 * new ModuleWrap(url, exportNames, evaluationSteps): a synthetic module whose steps run with
 * `this` the ModuleWrap and set its exports with setExport(). */
static js_value module_wrap_new(js_env *js, js_call *call) {
  js_value url = js_arg(call, 0), second = js_arg(call, 1), third = js_arg(call, 2);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_CONSTRUCT_CALL_REQUIRED",
                        "Class constructor ModuleWrap cannot be invoked without 'new'");
    return NULL;
  }
  if (!js_is(url, JS_IS_STRING)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "url must be a string");
    return NULL;
  }
  module_wrap *w = calloc(1, sizeof *w);
  if (!w) abort();
  if (js_is(second, JS_IS_STRING)) {
    if (!js_is(third, JS_IS_NUMBER) && !js_is(third, JS_IS_UNDEFINED)) {
      js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "hostId must be a number");
    } else {
      w->module = js_module_compile(js, second, url, js_is(third, JS_IS_UNDEFINED) ? NULL : third,
                                    w);
    }
  } else if (js_is(second, JS_IS_ARRAY) && js_is(third, JS_IS_FUNCTION)) {
    w->module = synthetic_module(js, url, second, w);
    if (w->module) w->steps = js_ref_new(js, third);
  } else {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                        "new ModuleWrap(url, source, hostId) or (url, exportNames, steps)");
  }
  if (!w->module) {
    free(w);
    return NULL;
  }
  js_value self = js_this(call);
  js_wrap_tagged(self, w, &module_wrap_tag);
  w->object = js_ref_new(js, self);
  js_ref_set_weak(w->object, module_wrap_free, w);
  js_set_named(js, self, "url", url);
  return NULL;
}

/* [{ specifier, attributes }] for each static import, in source order. */
static js_value module_wrap_get_module_requests(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  if (!w) return NULL;
  uint32_t n = js_module_request_count(js, w->module);
  js_value out = js_array_new(js, n);
  for (uint32_t i = 0; i < n; i++) {
    js_value request = js_object_new(js);
    js_value attributes = attributes_object(js, js_module_request_attributes(js, w->module, i));
    if (!attributes ||
        js_set_named(js, request, "specifier", js_module_request_specifier(js, w->module, i)) ||
        js_set_named(js, request, "attributes", attributes) ||
        js_set_index(js, out, i, request))
      return NULL;
  }
  return out;
}

/* link(specifiers, modules): what each request of this module resolves to, for
 * instantiate(). */
static js_value module_wrap_link(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  js_value specifiers = js_arg(call, 0), modules = js_arg(call, 1);
  if (!w) return NULL;
  if (!js_is(specifiers, JS_IS_ARRAY) || !js_is(modules, JS_IS_ARRAY) ||
      js_array_length(specifiers) != js_array_length(modules)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                        "link(specifiers, modules) takes two arrays of one length");
    return NULL;
  }
  uint32_t n = js_array_length(specifiers);
  js_value map = js_object_new_null_proto(js);
  for (uint32_t i = 0; i < n; i++) {
    js_value specifier = js_get_index(js, specifiers, i), dep = js_get_index(js, modules, i);
    if (!specifier || !dep) return NULL;
    if (!js_is(specifier, JS_IS_STRING) || !js_unwrap_tagged(dep, &module_wrap_tag)) {
      js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                          "link() takes string specifiers and ModuleWrap modules");
      return NULL;
    }
    if (js_set(js, map, specifier, dep)) return NULL;
  }
  if (w->linked) js_ref_free(w->linked);
  w->linked = js_ref_new(js, map);
  return NULL;
}

static js_module *module_wrap_resolve(js_env *js, js_value specifier, js_value attributes,
                                      js_module *referrer) {
  (void)attributes;
  module_wrap *w = referrer ? js_module_data(referrer) : NULL;
  module_wrap *dep = NULL;
  if (w && w->linked) {
    js_value found = js_get(js, js_ref_get(js, w->linked), specifier);
    if (!found) return NULL;
    dep = js_unwrap_tagged(found, &module_wrap_tag);
  }
  if (!dep) {
    js_utf8 s;
    if (js_utf8_init(js, specifier, &s)) return NULL;
    js_throw_error(js, "ERR_VM_MODULE_LINK_FAILURE", "request for '%s' is not yet fulfilled",
                   s.str);
    js_utf8_free(&s);
    return NULL;
  }
  if (!w->resolved) {
    w->resolved = 1;
    w->next_resolved = resolved_list;
    resolved_list = w;
  }
  return dep->module;
}

static js_value module_wrap_instantiate(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  if (!w) return NULL;
  resolved_list = NULL;
  int rc = js_module_instantiate(js, w->module, module_wrap_resolve);
  while (resolved_list) {
    module_wrap *r = resolved_list;
    resolved_list = r->next_resolved;
    r->resolved = 0;
    if (rc == 0 && r->linked) {
      js_ref_free(r->linked);
      r->linked = NULL;
    }
  }
  return NULL;
}

static int status_at_least(js_env *js, module_wrap *w, int status, const char *what) {
  if (js_module_status(w->module) >= status) return 1;
  js_throw_error(js, "ERR_MODULE_NOT_INSTANTIATED", "cannot %s, module has not been instantiated",
                 what);
  return 0;
}

/* The evaluation's promise (settled at once unless the graph has top-level await). */
static js_value module_wrap_evaluate(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  if (!w || !status_at_least(js, w, JS_MODULE_INSTANTIATED, "evaluate")) return NULL;
  return js_module_evaluate(js, w->module);
}

static js_value module_wrap_get_namespace(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  if (!w || !status_at_least(js, w, JS_MODULE_INSTANTIATED, "get namespace")) return NULL;
  return js_module_namespace(js, w->module);
}

/* Whether the graph has top-level await (require() cannot evaluate it synchronously). */
static js_value module_wrap_is_graph_async(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  if (!w || !status_at_least(js, w, JS_MODULE_INSTANTIATED, "check the graph")) return NULL;
  return js_boolean(js, js_module_is_graph_async(w->module));
}

static js_value module_wrap_get_status(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  if (!w) return NULL;
  return js_int32(js, js_module_status(w->module));
}

/* The exception of an errored module; undefined otherwise. */
static js_value module_wrap_get_error(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  if (!w || js_module_status(w->module) != JS_MODULE_ERRORED) return NULL;
  return js_module_exception(js, w->module);
}

static js_value module_wrap_set_export(js_env *js, js_call *call) {
  module_wrap *w = this_wrap(call);
  js_value name = js_arg(call, 0);
  if (!w) return NULL;
  if (!js_module_is_synthetic(w->module) || !js_is(name, JS_IS_STRING)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                        "setExport(name, value) takes a string on a synthetic module");
    return NULL;
  }
  js_module_set_export(js, w->module, name, js_arg(call, 1));
  return NULL;
}

/* -- the isolate's hooks, forwarded to the functions lib/ sets -- */

static void module_wrap_import_meta(js_env *js, js_module *module, js_value meta) {
  node_env *env = env_of(js);
  if (!module || !env->import_meta_callback) return;
  module_wrap *w = js_module_data(module);
  js_value self = js_ref_get(js, w->object);
  if (!self) return;
  js_value args[2] = { meta, self };
  /* An exception stays pending: V8 throws it where import.meta was used. */
  js_call_function(js, js_ref_get(js, env->import_meta_callback), js_undefined(js), 2, args,
                   NULL);
}

static js_value module_wrap_dynamic_import(js_env *js, js_value host_id, js_value resource_name,
                                           js_value specifier, js_value attributes) {
  node_env *env = env_of(js);
  if (!env->dynamic_import_callback) {
    js_throw_type_error(js, "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING",
                        "A dynamic import callback was not specified.");
    return NULL;
  }
  js_value attrs = attributes_object(js, attributes);
  if (!attrs) return NULL;
  js_value args[4] = { host_id, resource_name, specifier, attrs };
  js_value r;
  if (js_call_function(js, js_ref_get(js, env->dynamic_import_callback), js_undefined(js), 4,
                       args, &r))
    return NULL;
  if (!js_is(r, JS_IS_PROMISE)) {
    js_throw_type_error(js, "ERR_INVALID_RETURN_VALUE",
                        "the dynamic import callback must return a promise");
    return NULL;
  }
  return r;
}

static int set_callback(js_env *js, js_value fn, js_ref **slot) {
  if (!js_is(fn, JS_IS_FUNCTION)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "the callback must be a function");
    return -1;
  }
  if (*slot) js_ref_free(*slot);
  *slot = js_ref_new(js, fn);
  return 0;
}

/* fn(hostId, resourceName, specifier, attributes) -> a promise of the namespace. */
static js_value module_wrap_set_import_module_dynamically_callback(js_env *js, js_call *call) {
  set_callback(js, js_arg(call, 0), &env_of(js)->dynamic_import_callback);
  return NULL;
}

/* fn(meta, moduleWrap) fills import.meta. */
static js_value module_wrap_set_initialize_import_meta_object_callback(js_env *js,
                                                                       js_call *call) {
  set_callback(js, js_arg(call, 0), &env_of(js)->import_meta_callback);
  return NULL;
}

static const js_method module_wrap_methods[] = {
  {"evaluate", module_wrap_evaluate, 0},
  {"getError", module_wrap_get_error, 0},
  {"getModuleRequests", module_wrap_get_module_requests, 0},
  {"getNamespace", module_wrap_get_namespace, 0},
  {"getStatus", module_wrap_get_status, 0},
  {"instantiate", module_wrap_instantiate, 0},
  {"isGraphAsync", module_wrap_is_graph_async, 0},
  {"link", module_wrap_link, 2},
  {"setExport", module_wrap_set_export, 2},
};

static const js_method module_wrap_functions[] = {
  {"setImportModuleDynamicallyCallback", module_wrap_set_import_module_dynamically_callback, 1},
  {"setInitializeImportMetaObjectCallback",
   module_wrap_set_initialize_import_meta_object_callback, 1},
};

js_value binding_init_module_wrap(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, module_wrap_functions, ARRAY_SIZE(module_wrap_functions));
  js_set_named(js, b, "ModuleWrap",
               js_class_new(js, "ModuleWrap", module_wrap_new, module_wrap_methods,
                            ARRAY_SIZE(module_wrap_methods), 2));
  static const struct { const char *name; int status; } statuses[] = {
    {"kUninstantiated", JS_MODULE_UNINSTANTIATED}, {"kInstantiating", JS_MODULE_INSTANTIATING},
    {"kInstantiated", JS_MODULE_INSTANTIATED}, {"kEvaluating", JS_MODULE_EVALUATING},
    {"kEvaluated", JS_MODULE_EVALUATED}, {"kErrored", JS_MODULE_ERRORED},
  };
  for (size_t i = 0; i < ARRAY_SIZE(statuses); i++)
    js_set_named(js, b, statuses[i].name, js_int32(js, statuses[i].status));
  js_set_module_callbacks(js, module_wrap_import_meta, module_wrap_dynamic_import);
  return b;
}
