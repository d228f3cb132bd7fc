/* test_js.c -- C tests of the shim (src/js.h): values, strings, objects, calls and
 * exceptions, native functions, wrapped objects, bytes, scripts and code caches, ES modules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js.h"

static int failures, checks;

#define CHECK(cond)                                                              \
  do {                                                                           \
    checks++;                                                                    \
    if (!(cond)) {                                                               \
      failures++;                                                                \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                            \
  } while (0)

static js_value run(js_env *js, const char *src) {
  return js_run_script(js, js_string_utf8(js, src, (size_t)-1),
                       js_string_utf8(js, "test.js", (size_t)-1), NULL);
}

static int str_eq(js_env *js, js_value v, const char *want) {
  js_utf8 u;
  if (js_utf8_init(js, v, &u)) return 0;
  int eq = !strcmp(u.str, want);
  js_utf8_free(&u);
  return eq;
}

static js_value add(js_env *js, js_call *call) {
  double a, b;
  if (js_to_number(js, js_arg(call, 0), &a) || js_to_number(js, js_arg(call, 1), &b)) return NULL;
  return js_number(js, a + b);
}

static js_value thrower(js_env *js, js_call *call) {
  js_throw_type_error(js, "ERR_TEST", "bad %s", "input");
  return NULL;
}

static js_value get_data(js_env *js, js_call *call) {
  return js_string_utf8(js, js_data(call), (size_t)-1);
}

static js_value point_ctor(js_env *js, js_call *call) {
  int *p = malloc(sizeof *p);
  *p = js_int32_value(js_arg(call, 0));
  js_wrap(js_this(call), p);
  return NULL;
}

static js_value point_get(js_env *js, js_call *call) {
  int *p = js_unwrap(js_this(call));
  return js_int32(js, p ? *p : -1);
}

static const js_method point_methods[] = { {"get", point_get, 0} };

static js_value compile_bad(js_env *js, js_call *call) {
  (void)call;
  js_module_compile(js, js_string_utf8(js, "export const = 1;", (size_t)-1),
                    js_string_utf8(js, "file:///bad.mjs", (size_t)-1), NULL, NULL);
  return NULL;
}

static js_value set_bad_export(js_env *js, js_call *call) {
  (void)call;
  js_value names[1] = { js_string_intern(js, "only") };
  js_module *m = js_module_synthetic(js, js_string_intern(js, "s"), names, 1, NULL, NULL);
  int rc = js_module_set_export(js, m, js_string_intern(js, "other"), js_int32(js, 1));
  js_module_free(m);
  return rc ? NULL : js_undefined(js);
}

static void test_values(js_env *js) {
  CHECK(js_is(js_undefined(js), JS_IS_UNDEFINED));
  CHECK(js_is(js_null(js), JS_IS_NULL_OR_UNDEFINED));
  CHECK(js_number_value(js_number(js, 1.5)) == 1.5);
  CHECK(js_int32_value(js_number(js, 4294967297.0)) == 1);
  CHECK(js_int32_value(js_number(js, -1)) == -1);
  int lossless;
  CHECK(js_bigint_uint64(js_bigint_from_uint64(js, UINT64_MAX), &lossless) == UINT64_MAX && lossless);
  js_value s = js_string_utf8(js, "h\xc3\xa9llo \xf0\x9f\x98\x80", (size_t)-1);
  CHECK(js_string_length(s) == 8);
  CHECK(js_string_utf8_length(js, s) == 11);
  char buf[32];
  CHECK(js_string_write_utf8(js, s, buf, sizeof buf) == 11 && !memcmp(buf, "h\xc3\xa9llo", 6));
  /* a 4-byte character is not cut in half */
  CHECK(js_string_write_utf8(js, s, buf, 9) == 7);
  CHECK(js_string_is_one_byte(js_string_latin1(js, "\xe9t\xe9", 3)));
  CHECK(str_eq(js, js_string_static_latin1(js, "static", 6), "static"));
  CHECK(js_is(run(js, "new Map()"), JS_IS_MAP));
  CHECK(js_is(run(js, "(async () => {})"), JS_IS_ASYNC_FUNCTION));
  CHECK(js_is(run(js, "new Proxy({}, {})"), JS_IS_PROXY));
}

static void test_objects(js_env *js) {
  js_value o = js_object_new(js);
  CHECK(js_set_named(js, o, "a", js_int32(js, 1)) == 0);
  CHECK(js_int32_value(js_get_named(js, o, "a")) == 1);
  CHECK(js_has_own(js, o, js_string_intern(js, "a")) == 1);
  CHECK(js_delete(js, o, js_string_intern(js, "a")) == 1);
  CHECK(js_has_own(js, o, js_string_intern(js, "a")) == 0);
  js_value items[2] = { js_int32(js, 7), js_string_intern(js, "x") };
  js_value a = js_array_from(js, items, 2);
  CHECK(js_array_length(a) == 2 && js_int32_value(js_get_index(js, a, 0)) == 7);
  js_value np = js_object_new_null_proto(js);
  CHECK(js_is(js_get_prototype(js, np), JS_IS_NULL));
  js_value m = run(js, "new Map([[1, 2]])");
  int kv = 0;
  js_value e = js_preview_entries(js, m, &kv);
  CHECK(e && kv && js_array_length(e) == 2);
  CHECK(str_eq(js, js_constructor_name(js, run(js, "new (class Foo {})")), "Foo"));
}

static void test_calls(js_env *js) {
  js_value f = js_function_new(js, "add", add, NULL);
  js_value args[2] = { js_int32(js, 2), js_int32(js, 3) };
  js_value r;
  CHECK(js_call_catch(js, f, js_undefined(js), 2, args, &r, NULL) == 0 && js_number_value(r) == 5);
  js_set_named(js, js_global(js), "add", f);
  CHECK(js_number_value(run(js, "add(1, 2)")) == 3);

  js_value t = js_function_new(js, "thrower", thrower, NULL);
  js_value exc = NULL;
  CHECK(js_call_catch(js, t, js_undefined(js), 0, NULL, &r, &exc) == -1);
  CHECK(exc && js_is(exc, JS_IS_NATIVE_ERROR));
  CHECK(str_eq(js, js_get_named(js, exc, "code"), "ERR_TEST"));
  CHECK(str_eq(js, js_get_named(js, exc, "message"), "bad input"));

  js_value d = js_function_new(js, "d", get_data, "payload");
  CHECK(js_call_catch(js, d, js_undefined(js), 0, NULL, &r, NULL) == 0 && str_eq(js, r, "payload"));

  /* an uncaught throw gets Node's source arrow */
  js_value thr = run(js, "(function () {\n  throw new Error('boom');\n})");
  CHECK(js_call_catch(js, thr, js_undefined(js), 0, NULL, &r, &exc) == -1);
  js_value arrow = js_exception_arrow(js, exc);
  CHECK(arrow && str_eq(js, arrow, "test.js:2\n  throw new Error('boom');\n  ^\n"));
}

static void test_classes(js_env *js) {
  js_value cls = js_class_new(js, "Point", point_ctor, point_methods, 1, 1);
  js_set_named(js, js_global(js), "Point", cls);
  CHECK(js_int32_value(run(js, "new Point(42).get()")) == 42);
  /* a method called on the wrong receiver throws instead of crashing */
  js_value exc;
  js_value f = run(js, "(function () { return Point.prototype.get.call({}); })");
  CHECK(js_call_catch(js, f, js_undefined(js), 0, NULL, NULL, &exc) == -1);
  js_value p = run(js, "new Point(1)");
  free(js_unwrap(p));
  js_wrap(p, NULL);
}

static void test_bytes(js_env *js) {
  void *data;
  js_value ab = js_array_buffer_new(js, 8, &data);
  CHECK(((uint8_t *)data)[7] == 0);
  memcpy(data, "abcdefgh", 8);
  js_value u8 = js_typed_array_new(js, JS_UINT8, ab, 2, 3);
  uint8_t *p;
  size_t len;
  CHECK(js_bytes(u8, &p, &len) == 0 && len == 3 && p[0] == 'c');
  CHECK(js_bytes(js_int32(js, 1), &p, &len) == -1);
}

static void test_compile(js_env *js) {
  static const char *const params[] = { "a", "b" };
  js_value src = js_string_utf8(js, "return a * b;", (size_t)-1);
  js_value name = js_string_utf8(js, "mul.js", (size_t)-1);
  js_value fn = js_compile_function(js, src, name, params, 2, NULL, 0, NULL, NULL);
  CHECK(fn != NULL);
  size_t len = 0;
  uint8_t *cache = js_code_cache_for_function(js, fn, &len);
  CHECK(cache && len > 0);
  int rejected = 1;
  js_value fn2 = js_compile_function(js, src, name, params, 2, cache, len, &rejected, NULL);
  CHECK(fn2 && !rejected);
  free(cache);
  js_value args[2] = { js_int32(js, 6), js_int32(js, 7) };
  js_value r;
  CHECK(js_call_catch(js, fn2, js_undefined(js), 2, args, &r, NULL) == 0 && js_number_value(r) == 42);
}

/* -- ES modules: "dep" (synthetic) is what every request resolves to. */

static js_module *dep_module;
static int steps_ran, meta_calls;
/* What the last import() handed to the host (its handles die with the callback's scope). */
static int import_id;
static char import_name[64], import_specifier[64];
static uint32_t import_attribute_count;

static void copy_string(js_env *js, js_value v, char *buf, size_t cap) {
  js_utf8 u;
  buf[0] = 0;
  if (js_is(v, JS_IS_STRING) && js_utf8_init(js, v, &u) == 0) {
    snprintf(buf, cap, "%s", u.str);
    js_utf8_free(&u);
  }
}

static js_value dep_steps(js_env *js, js_module *m) {
  steps_ran++;
  CHECK(js_module_data(m) == &steps_ran);
  js_module_set_export(js, m, js_string_intern(js, "x"), js_int32(js, 41));
  return js_undefined(js);
}

static js_module *resolve_dep(js_env *js, js_value specifier, js_value attributes,
                              js_module *referrer) {
  CHECK(referrer != NULL && js_module_data(referrer) == &meta_calls);
  if (!str_eq(js, specifier, "./dep.mjs") || js_array_length(attributes) != 0) {
    js_throw_error(js, "ERR_TEST", "unexpected request");
    return NULL;
  }
  return dep_module;
}

static void import_meta(js_env *js, js_module *m, js_value meta) {
  meta_calls++;
  CHECK(m != NULL && js_module_data(m) == &meta_calls);
  js_set_named(js, meta, "answer", js_int32(js, 42));
}

static js_value dynamic_import(js_env *js, js_value id, js_value name, js_value specifier,
                               js_value attributes) {
  import_id = js_is(id, JS_IS_NUMBER) ? js_int32_value(id) : -1;
  copy_string(js, name, import_name, sizeof import_name);
  copy_string(js, specifier, import_specifier, sizeof import_specifier);
  import_attribute_count = js_array_length(attributes);
  return run(js, "Promise.resolve('imported')");
}

static js_value instantiate_with_json(js_env *js, js_call *c) {
  (void)c;
  const char *src = "import { x } from './dep.mjs';\n"
                    "import j from './dep.mjs' with { type: 'json' };\n";
  js_module *m = js_module_compile(js, js_string_utf8(js, src, (size_t)-1),
                                   js_string_utf8(js, "file:///json.mjs", (size_t)-1),
                                   js_int32(js, 7), &meta_calls);
  CHECK(m != NULL && !js_module_is_synthetic(m));
  CHECK(js_module_status(m) == JS_MODULE_UNINSTANTIATED);
  CHECK(js_module_request_count(js, m) == 2);
  CHECK(str_eq(js, js_module_request_specifier(js, m, 0), "./dep.mjs"));
  js_value attributes = js_module_request_attributes(js, m, 1);
  CHECK(js_array_length(attributes) == 2 &&
        str_eq(js, js_get_index(js, attributes, 0), "type") &&
        str_eq(js, js_get_index(js, attributes, 1), "json"));
  CHECK(js_module_instantiate(js, m, resolve_dep) == -1);
  CHECK(js_module_status(m) == JS_MODULE_UNINSTANTIATED);
  js_module_free(m);
  return NULL;
}

static void test_modules(js_env *js) {
  js_set_module_callbacks(js, import_meta, dynamic_import);
  js_value names[1] = { js_string_intern(js, "x") };
  dep_module = js_module_synthetic(js, js_string_utf8(js, "dep", (size_t)-1), names, 1,
                                   dep_steps, &steps_ran);
  CHECK(js_module_is_synthetic(dep_module));
  CHECK(js_module_request_count(js, dep_module) == 0);

  /* A failed instantiation throws (so, in a native function, through JS). */
  js_value exc;
  js_value call = run(js, "(function (f) { f(); })");
  js_value f = js_function_new(js, "instantiateWithJSON", instantiate_with_json, NULL);
  CHECK(js_call_catch(js, call, js_undefined(js), 1, &f, NULL, &exc) == -1);
  CHECK(str_eq(js, js_get_named(js, exc, "message"), "unexpected request"));

  const char *src;
  js_module *m;
  src = "import { x } from './dep.mjs';\n"
        "export const y = x + 1;\n"
        "export const meta = import.meta.answer;\n"
        "export const later = import('./later.mjs', { with: { type: 'json' } });\n"
        "await 0;\n"
        "throw new Error('after await');\n";
  m = js_module_compile(js, js_string_utf8(js, src, (size_t)-1),
                        js_string_utf8(js, "file:///main.mjs", (size_t)-1), js_int32(js, 7),
                        &meta_calls);
  CHECK(js_module_instantiate(js, m, resolve_dep) == 0);
  CHECK(js_module_status(m) == JS_MODULE_INSTANTIATED);
  CHECK(js_module_is_graph_async(m) && !js_module_is_graph_async(dep_module));
  js_value promise = js_module_evaluate(js, m);
  CHECK(promise && js_is(promise, JS_IS_PROMISE));
  CHECK(steps_ran == 1 && meta_calls == 1);
  CHECK(import_id == 7 && !strcmp(import_name, "file:///main.mjs") &&
        !strcmp(import_specifier, "./later.mjs") && import_attribute_count == 2);
  js_value ns = js_module_namespace(js, m);
  CHECK(js_is(ns, JS_IS_MODULE_NAMESPACE_OBJECT));
  CHECK(js_int32_value(js_get_named(js, ns, "y")) == 42);
  CHECK(js_int32_value(js_get_named(js, ns, "meta")) == 42);
  js_run_microtasks(js);
  CHECK(js_promise_state(promise) == 2 && js_module_status(m) == JS_MODULE_ERRORED);
  CHECK(str_eq(js, js_get_named(js, js_module_exception(js, m), "message"), "after await"));

  /* A SyntaxError, and a name a synthetic module does not export. */
  f = js_function_new(js, "compileBad", compile_bad, NULL);
  CHECK(js_call_catch(js, call, js_undefined(js), 1, &f, NULL, &exc) == -1);
  CHECK(str_eq(js, js_get_named(js, exc, "name"), "SyntaxError"));
  f = js_function_new(js, "setBadExport", set_bad_export, NULL);
  CHECK(js_call_catch(js, call, js_undefined(js), 1, &f, NULL, &exc) == -1);
  CHECK(str_eq(js, js_get_named(js, exc, "name"), "ReferenceError"));

  /* Scripts and functions carry their host id to import(). */
  run(js, "import('./from-script.mjs')");
  CHECK(import_id == -1 && !strcmp(import_specifier, "./from-script.mjs"));
  js_run_script(js, js_string_utf8(js, "import('./s.mjs')", (size_t)-1),
                js_string_utf8(js, "/s.js", (size_t)-1), js_int32(js, 3));
  CHECK(import_id == 3 && !strcmp(import_name, "/s.js"));
  js_value fn = js_compile_function(js, js_string_utf8(js, "return import('./f.mjs')", (size_t)-1),
                                    js_string_utf8(js, "/f.js", (size_t)-1), NULL, 0, NULL, 0,
                                    NULL, js_int32(js, 4));
  CHECK(js_call_catch(js, fn, js_undefined(js), 0, NULL, NULL, NULL) == 0);
  CHECK(import_id == 4 && !strcmp(import_name, "/f.js"));

  js_module_free(m);
  js_module_free(dep_module);
}

int main(int argc, char **argv) {
  int n = 1;
  js_set_flags("--harmony-import-assertions --harmony-import-attributes");
  js_platform_init(&n, argv);
  js_env *js = js_env_new(NULL);
  js_scope scope;
  js_scope_open(js, &scope);
  test_values(js);
  test_objects(js);
  test_calls(js);
  test_classes(js);
  test_bytes(js);
  test_compile(js);
  test_modules(js);
  js_scope_close(&scope);
  js_env_free(js);
  printf("cctest: %d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}
