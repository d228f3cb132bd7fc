/* js.h -- the plain C interface over V8. src/js_v8.cc implements it; nothing else in the tree
 * sees a V8 type. Values are handles valid until the innermost open js_scope closes. */
#ifndef JS_H
#define JS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct js_env js_env;
typedef struct js_value_s *js_value;   /* a V8 Local<Value>; NULL means "empty" */
typedef struct js_ref js_ref;          /* a persistent handle */
typedef struct js_call js_call;        /* the arguments of a call from JS into C */

/* A handle scope kept in C memory; open and close in LIFO order. */
typedef struct { void *opaque[4]; } js_scope;

/* One C function type for everything JS can call. Return NULL for undefined. To throw, call
 * js_throw*() and return NULL. */
typedef js_value (*js_native)(js_env *env, js_call *call);

typedef struct {
  const char *name;
  js_native fn;
  int length;
} js_method;

/* -- platform and isolates -- */
int js_platform_init(int *argc, char **argv); /* removes the V8 flags it consumed from argv */
void js_set_flags(const char *flags);
void js_platform_dispose(void);
const char *js_v8_version(void);

js_env *js_env_new(void *data);
void js_env_free(js_env *env);
void *js_env_data(js_env *env);

/* The global object of the main context. */
js_value js_global(js_env *env);

void js_scope_open(js_env *env, js_scope *scope);
void js_scope_close(js_scope *scope);

/* -- primitives -- */
js_value js_undefined(js_env *env);
js_value js_null(js_env *env);
js_value js_boolean(js_env *env, int b);
js_value js_number(js_env *env, double d);
js_value js_int32(js_env *env, int32_t i);
js_value js_uint32(js_env *env, uint32_t u);
js_value js_bigint_from_int64(js_env *env, int64_t i);
js_value js_bigint_from_uint64(js_env *env, uint64_t u);
js_value js_string_utf8(js_env *env, const char *s, size_t len);      /* len (size_t)-1: strlen */
js_value js_string_latin1(js_env *env, const char *s, size_t len);
js_value js_string_utf16(js_env *env, const uint16_t *s, size_t len);
js_value js_string_intern(js_env *env, const char *s);                  /* internalized ASCII */
/* Strings over static memory the program never frees (no copy). */
js_value js_string_static_latin1(js_env *env, const char *s, size_t len);
js_value js_string_static_utf16(js_env *env, const uint16_t *s, size_t len);
/* A one-byte string over memory whose ownership it takes (no copy): release(data, len) runs
 * when the string is collected, and at once (returning NULL) when len is over
 * js_string_max_length(). */
js_value js_string_external_latin1(js_env *env, char *data, size_t len,
                                   void (*release)(char *data, size_t len));
/* The same for UTF-16 code units (len counts units). */
js_value js_string_external_utf16(js_env *env, uint16_t *data, size_t len,
                                  void (*release)(uint16_t *data, size_t len));
/* The characters of an external one-byte string, without a copy; NULL for other strings. */
const char *js_string_external_latin1_data(js_value s, size_t *len);
size_t js_string_max_length(void);        /* the engine's longest string, in UTF-16 units */
size_t js_typed_array_max_length(void);   /* the engine's longest typed array, in elements */
js_value js_symbol(js_env *env, const char *description);

/* -- checks and conversions -- */
typedef enum {
  JS_IS_UNDEFINED, JS_IS_NULL, JS_IS_NULL_OR_UNDEFINED, JS_IS_BOOLEAN, JS_IS_NUMBER,
  JS_IS_INT32, JS_IS_UINT32, JS_IS_STRING, JS_IS_SYMBOL, JS_IS_BIGINT, JS_IS_OBJECT,
  JS_IS_FUNCTION, JS_IS_ARRAY, JS_IS_PROMISE, JS_IS_PROXY, JS_IS_DATE, JS_IS_REGEXP,
  JS_IS_NATIVE_ERROR, JS_IS_MAP, JS_IS_SET, JS_IS_WEAK_MAP, JS_IS_WEAK_SET, JS_IS_MAP_ITERATOR,
  JS_IS_SET_ITERATOR, JS_IS_ARRAY_BUFFER, JS_IS_SHARED_ARRAY_BUFFER, JS_IS_ARRAY_BUFFER_VIEW,
  JS_IS_TYPED_ARRAY, JS_IS_UINT8_ARRAY, JS_IS_DATA_VIEW, JS_IS_EXTERNAL,
  JS_IS_ARGUMENTS_OBJECT, JS_IS_BIGINT_OBJECT, JS_IS_BOOLEAN_OBJECT, JS_IS_NUMBER_OBJECT,
  JS_IS_STRING_OBJECT, JS_IS_SYMBOL_OBJECT, JS_IS_ASYNC_FUNCTION, JS_IS_GENERATOR_FUNCTION,
  JS_IS_GENERATOR_OBJECT, JS_IS_MODULE_NAMESPACE_OBJECT, JS_IS_WASM_MODULE_OBJECT
} js_check;
int js_is(js_value v, js_check what);

int js_to_bool(js_value v);                        /* ToBoolean, never throws */
double js_number_value(js_value v);                /* v must be a Number */
int32_t js_int32_value(js_value v);                /* v must be a Number; ToInt32 */
uint32_t js_uint32_value(js_value v);
int64_t js_int64_value(js_value v);                /* v must be a Number; saturating */
int64_t js_bigint_int64(js_value v, int *lossless);
uint64_t js_bigint_uint64(js_value v, int *lossless);
/* ToNumber/ToString that may run JS; return -1 (exception pending) on failure. */
int js_to_number(js_env *env, js_value v, double *out);
js_value js_to_string(js_env *env, js_value v);
/* A string for any value that runs no JS (V8's ToDetailString). */
js_value js_detail_string(js_env *env, js_value v);

size_t js_string_length(js_value s);                  /* UTF-16 units; s must be a string */
size_t js_string_utf8_length(js_env *env, js_value s);
int js_string_is_one_byte(js_value s);
/* Writes at most cap bytes; returns bytes written. Never NUL-terminates. */
size_t js_string_write_utf8(js_env *env, js_value s, char *buf, size_t cap);
size_t js_string_write_latin1(js_env *env, js_value s, char *buf, size_t start, size_t cap);
size_t js_string_write_utf16(js_env *env, js_value s, uint16_t *buf, size_t start, size_t cap);

/* A NUL-terminated UTF-8 copy of any value's ToString (no JS runs for strings). */
typedef struct {
  char *str;
  size_t len;
  char inline_buf[256];
} js_utf8;
int js_utf8_init(js_env *env, js_value v, js_utf8 *out);  /* -1 on exception */
void js_utf8_free(js_utf8 *u);

/* -- objects -- */
js_value js_object_new(js_env *env);
js_value js_object_new_null_proto(js_env *env);
js_value js_array_new(js_env *env, uint32_t len);
js_value js_array_from(js_env *env, js_value *items, uint32_t n);
uint32_t js_array_length(js_value a);
js_value js_get(js_env *env, js_value obj, js_value key);         /* NULL on exception */
js_value js_get_named(js_env *env, js_value obj, const char *key);
js_value js_get_index(js_env *env, js_value obj, uint32_t i);
int js_set(js_env *env, js_value obj, js_value key, js_value v);  /* -1 on exception */
int js_set_named(js_env *env, js_value obj, const char *key, js_value v);
int js_set_index(js_env *env, js_value obj, uint32_t i, js_value v);
int js_define_hidden(js_env *env, js_value obj, const char *key, js_value v); /* non-enumerable */
int js_has_own(js_env *env, js_value obj, js_value key);          /* 1, 0, or -1 */
/* A property no script can see, keyed by the isolate's private symbol named `name`. */
js_value js_get_private(js_env *env, js_value obj, const char *name);  /* undefined if absent */
int js_set_private(js_env *env, js_value obj, const char *name, js_value v);
int js_delete(js_env *env, js_value obj, js_value key);
js_value js_own_keys(js_env *env, js_value obj);                   /* enumerable string keys */
js_value js_get_prototype(js_env *env, js_value obj);
int js_set_prototype(js_env *env, js_value obj, js_value proto);
void js_set_methods(js_env *env, js_value obj, const js_method *methods, size_t n);
js_value js_function_new(js_env *env, const char *name, js_native fn, const void *data);
js_value js_array_buffer_from_view(js_env *env, js_value view);
js_value js_strict_equals(js_env *env, js_value a, js_value b);

/* -- calls -- */
int js_argc(js_call *call);
js_value js_arg(js_call *call, int i);      /* undefined past the end */
/* Whether argument i is a Number holding a uint32 (then stored in *out): no handle made. */
int js_arg_uint32(js_call *call, int i, uint32_t *out);
js_value js_this(js_call *call);
js_value js_new_target(js_call *call);
const void *js_data(js_call *call);          /* the data given to js_function_new */
js_env *js_call_env(js_call *call);

/* Calls fn; the result in *result. Returns 0, or -1 with the exception propagating to the
 * JS caller (use inside bindings). */
int js_call_function(js_env *env, js_value fn, js_value recv, int argc, js_value *argv,
                     js_value *result);
/* The same, but catches: on -1, *exception holds the thrown value and, when the exception
 * came with a message, the env remembers its source position (js_exception_arrow). */
int js_call_catch(js_env *env, js_value fn, js_value recv, int argc, js_value *argv,
                  js_value *result, js_value *exception);
int js_construct(js_env *env, js_value ctor, int argc, js_value *argv, js_value *result);
/* "file:line\nsource line\n    ^^^\n" for the last caught exception, or NULL. */
js_value js_exception_arrow(js_env *env, js_value exception);
int js_is_execution_terminating(js_env *env);

/* -- errors -- */
void js_throw(js_env *env, js_value exception);
js_value js_error_new(js_env *env, const char *kind, const char *code, const char *message);
void js_throw_error(js_env *env, const char *code, const char *fmt, ...);
void js_throw_type_error(js_env *env, const char *code, const char *fmt, ...);
void js_throw_range_error(js_env *env, const char *code, const char *fmt, ...);

/* -- native objects -- */
/* A class whose instances have `fields` internal fields (field 0 holds the C pointer). */
js_value js_class_new(js_env *env, const char *name, js_native ctor, const js_method *methods,
                      size_t n, int fields);
/* The same, with read-only accessors on the prototype whose receivers are checked as the
 * methods' are (a getter's js_native runs with `this` an instance). */
js_value js_class_new_with_getters(js_env *env, const char *name, js_native ctor,
                                   const js_method *methods, size_t n, const js_method *getters,
                                   size_t ngetters, int fields);
int js_wrap(js_value obj, void *ptr);
void *js_unwrap(js_value obj);   /* NULL when obj has no internal field */
/* For classes with 2 fields: field 1 holds a type tag (an aligned address), so that an
 * object passed as an argument can be checked to be of the class. */
int js_wrap_tagged(js_value obj, void *ptr, const void *tag);
void *js_unwrap_tagged(js_value obj, const void *tag);   /* NULL unless tagged with tag */

js_ref *js_ref_new(js_env *env, js_value v);
js_value js_ref_get(js_env *env, js_ref *ref);     /* NULL when a weak target was collected */
/* Makes the ref weak; cb runs (without JS) after the target is collected. */
void js_ref_set_weak(js_ref *ref, void (*cb)(void *data), void *data);
void js_ref_clear_weak(js_ref *ref);
void js_ref_free(js_ref *ref);

js_value js_external_new(js_env *env, void *ptr);
void *js_external_value(js_value v);

/* -- bytes -- */
typedef enum {
  JS_INT8, JS_UINT8, JS_UINT8_CLAMPED, JS_INT16, JS_UINT16, JS_INT32, JS_UINT32,
  JS_FLOAT32, JS_FLOAT64, JS_BIGINT64, JS_BIGUINT64
} js_typed_array_type;
js_value js_array_buffer_new(js_env *env, size_t len, void **data);  /* zero-filled */
js_value js_array_buffer_new_uninit(js_env *env, size_t len, void **data);
/* Takes ownership of data; free_cb(data, len, hint) runs when the buffer is collected. */
js_value js_array_buffer_external(js_env *env, void *data, size_t len,
                                  void (*free_cb)(void *data, size_t len, void *hint),
                                  void *hint);
js_value js_typed_array_new(js_env *env, js_typed_array_type type, js_value ab,
                            size_t offset, size_t length);
/* For an ArrayBuffer, SharedArrayBuffer or ArrayBufferView: its bytes. 0 or -1. */
int js_bytes(js_value v, uint8_t **data, size_t *len);
/* The same for an ArrayBufferView only (data NULL when its buffer has none). 0 or -1. */
int js_view_bytes(js_value v, uint8_t **data, size_t *len);

/* -- scripts -- */
/* host_id (NULL for none) is a Number kept as the script's host-defined options: dynamic
 * import() from the code hands it back (js_dynamic_import_cb). */

/* Compiles source as the body of a function with the given parameters. cache/cache_len may
 * be a V8 code cache (*cache_rejected says whether V8 refused it). NULL on SyntaxError
 * (pending, with its message). */
js_value js_compile_function(js_env *env, js_value source, js_value filename,
                             const char *const *params, int nparams,
                             const uint8_t *cache, size_t cache_len, int *cache_rejected,
                             js_value host_id);
/* A code cache for fn (malloc'd; the caller frees). */
uint8_t *js_code_cache_for_function(js_env *env, js_value fn, size_t *len);
/* Compiles and runs a script. On an exception (NULL), the source arrow is attached to a
 * thrown object before the exception goes on (as Node's vm does). */
js_value js_run_script(js_env *env, js_value source, js_value filename, js_value host_id);
/* Whether the exception's arrow was attached on its way (js_run_script), rather than taken
 * where it ended uncaught. */
int js_exception_arrow_attached(js_env *env, js_value exception);
/* A script compiled once, independent of any context, run later (vm.Script); held until
 * js_script_free. Offsets shift its positions in stack traces. cache/cache_len may be a V8
 * code cache (*cache_rejected says whether V8 refused it). NULL on SyntaxError (pending, with
 * its arrow attached). */
typedef struct js_script js_script;
js_script *js_script_compile(js_env *env, js_value source, js_value filename, int line_offset,
                             int column_offset, const uint8_t *cache, size_t cache_len,
                             int *cache_rejected, js_value host_id);
/* Runs it in the main context; on an exception (NULL) the arrow is attached as for
 * js_run_script. */
js_value js_script_run(js_env *env, js_script *script);
/* A code cache for it (malloc'd; the caller frees), or NULL. */
uint8_t *js_script_code_cache(js_env *env, js_script *script, size_t *len);
/* Its "//# sourceMappingURL=" comment's URL, or undefined. */
js_value js_script_source_map_url(js_env *env, js_script *script);
void js_script_free(js_script *script);
/* Compiles only: 0, or -1 with the SyntaxError pending. */
int js_check_syntax(js_env *env, js_value source, js_value filename);

/* -- ES modules -- */
/* A compiled module, source text or synthetic, held until js_module_free. `data` is the
 * embedder's, handed back by js_module_data. */
typedef struct js_module js_module;
enum {
  JS_MODULE_UNINSTANTIATED, JS_MODULE_INSTANTIATING, JS_MODULE_INSTANTIATED,
  JS_MODULE_EVALUATING, JS_MODULE_EVALUATED, JS_MODULE_ERRORED
};
/* Compiles module source text; url is its resource name, host_id as for scripts. NULL on
 * SyntaxError (pending, with its arrow attached). */
js_module *js_module_compile(js_env *env, js_value source, js_value url, js_value host_id,
                             void *data);
/* A synthetic module's evaluation: sets its exports (js_module_set_export). Returns any value,
 * or NULL with an exception pending. */
typedef js_value (*js_module_steps)(js_env *env, js_module *module);
js_module *js_module_synthetic(js_env *env, js_value name, const js_value *export_names,
                               uint32_t n, js_module_steps steps, void *data);
void js_module_free(js_module *module);
void *js_module_data(js_module *module);
int js_module_is_synthetic(js_module *module);
int js_module_status(js_module *module);
/* Its static imports (none for a synthetic module): the specifier and the import
 * attributes as an array [key1, value1, key2, value2, ...]. */
uint32_t js_module_request_count(js_env *env, js_module *module);
js_value js_module_request_specifier(js_env *env, js_module *module, uint32_t i);
js_value js_module_request_attributes(js_env *env, js_module *module, uint32_t i);
/* Answers one request of `referrer` (NULL when it is not a js_module) during instantiation.
 * Returns NULL with an exception thrown to fail it. */
typedef js_module *(*js_module_resolve_cb)(js_env *env, js_value specifier,
                                           js_value attributes, js_module *referrer);
/* 0, or -1 with the exception pending (a linking SyntaxError has its arrow attached). */
int js_module_instantiate(js_env *env, js_module *module, js_module_resolve_cb resolve);
/* Status must be instantiated or later. The evaluation's promise; NULL on termination. */
js_value js_module_evaluate(js_env *env, js_module *module);
js_value js_module_exception(js_env *env, js_module *module);   /* status must be errored */
js_value js_module_namespace(js_env *env, js_module *module);   /* instantiated or later */
/* Whether it or a module it imports has top-level await: instantiated or later. */
int js_module_is_graph_async(js_module *module);
/* Synthetic modules only: 0, or -1 with an exception pending (a name it does not export). */
int js_module_set_export(js_env *env, js_module *module, js_value name, js_value value);

/* import.meta's first use in a module: fill `meta`. module is NULL when it is not a
 * js_module. */
typedef void (*js_import_meta_cb)(js_env *env, js_module *module, js_value meta);
/* import(specifier): host_id of the calling script or module (undefined when it has none),
 * its resource name, the specifier and the attributes [key1, value1, ...]. Returns a
 * promise, or NULL with an exception pending. */
typedef js_value (*js_dynamic_import_cb)(js_env *env, js_value host_id, js_value resource_name,
                                         js_value specifier, js_value attributes);
void js_set_module_callbacks(js_env *env, js_import_meta_cb import_meta,
                             js_dynamic_import_cb dynamic_import);

/* -- stack traces -- */
/* fn(globalThis, error, callSites) formats error.stack (Error.prepareStackTrace's contract). */
void js_set_prepare_stack_trace(js_env *env, js_value fn);

/* -- microtasks and promises -- */
void js_run_microtasks(js_env *env);
void js_enqueue_microtask(js_env *env, js_value fn);
typedef void (*js_promise_reject_cb)(js_env *env, int event, js_value promise, js_value value);
void js_set_promise_reject_callback(js_env *env, js_promise_reject_cb cb);
/* The async context frame: a value V8 hands on to every promise reaction from where it was
 * created (its continuation-preserved embedder data); undefined when none was set. */
js_value js_async_context_frame(js_env *env);
void js_set_async_context_frame(js_env *env, js_value frame);
/* V8's promise hooks, functions or NULL: init(promise, parent), before(promise),
 * after(promise), resolve(promise). */
void js_set_promise_hooks(js_env *env, js_value init, js_value before, js_value after,
                          js_value resolve);
/* 0 pending, 1 fulfilled, 2 rejected. */
int js_promise_state(js_value p);
js_value js_promise_result(js_value p);

/* -- introspection (util) -- */
js_value js_proxy_target(js_value p);
js_value js_proxy_handler(js_value p);
/* Entries of a Map/Set/iterator: *is_key_value set for Map-like. NULL for other values. */
js_value js_preview_entries(js_env *env, js_value v, int *is_key_value);
js_value js_own_non_index_properties(js_env *env, js_value obj, int filter);
js_value js_constructor_name(js_env *env, js_value obj);
int js_array_buffer_detached(js_value ab);
/* A new ArrayBuffer over ab's memory, ab detached (web streams' TransferArrayBuffer).
 * NULL when ab cannot be detached (a WebAssembly memory's buffer, a detached one). */
js_value js_array_buffer_transfer(js_env *env, js_value ab);

/* An object whose string-keyed properties are answered by C (process.env). Each callback
 * returns non-zero when it handled the key. */
typedef struct {
  js_value (*get)(js_env *env, js_value key);        /* NULL: not present */
  int (*set)(js_env *env, js_value key, js_value value);
  int (*query)(js_env *env, js_value key);           /* 1 present, 0 absent */
  int (*remove)(js_env *env, js_value key);          /* 1 deleted (always true for env) */
  js_value (*keys)(js_env *env);                     /* an array of strings */
} js_named_handlers;
js_value js_object_new_intercepted(js_env *env, const js_named_handlers *handlers);

/* -- structured clone (V8's serializer) -- */
/* An ArrayBuffer with value serialized, or NULL with an Error (code 'ERR_DATA_CLONE')
 * pending for what cannot be cloned. */
js_value js_serialize(js_env *env, js_value value);
js_value js_deserialize(js_env *env, const uint8_t *data, size_t len);
/* Node's IPC message format ('advanced' serialization): as js_serialize, but an
 * ArrayBufferView is written with its own bytes only and its type, a Buffer (an Uint8Array
 * whose prototype is buffer_proto) coming back as a Buffer. */
js_value js_serialize_message(js_env *env, js_value value, js_value buffer_proto);
js_value js_deserialize_message(js_env *env, const uint8_t *data, size_t len,
                                js_value buffer_proto);
/* A deep copy of value; the ArrayBuffers in transfer (an array of distinct, detachable
 * ArrayBuffers: the caller checks) move into the copy and are detached. */
js_value js_structured_clone(js_env *env, js_value value, js_value transfer);

/* -- heap -- */
typedef struct {
  size_t total_heap_size, used_heap_size, heap_size_limit, external_memory, malloced_memory,
         total_physical_size, total_available_size, peak_malloced_memory,
         array_buffers;
} js_heap_stats;
void js_heap_statistics(js_env *env, js_heap_stats *out);
void js_adjust_external_memory(js_env *env, int64_t delta);
void js_low_memory_notification(js_env *env);
void js_terminate_execution(js_env *env);

#ifdef __cplusplus
}
#endif

#endif
