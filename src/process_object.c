/* process_object.c -- the `process` object as C creates it before the bootstrap: static facts
 * (version, versions, arch, platform, release, argv, execArgv, execPath, pid) and `env`, whose
 * properties are the environment itself. lib/internal/bootstrap/node.js adds the rest. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ares.h>
#include <openssl/opensslv.h>
#include <zlib.h>
#include <brotli/decode.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include "internal.h"
#include "llhttp.h"

extern char **environ;

static js_value str(js_env *js, const char *s) { return js_string_utf8(js, s, (size_t)-1); }

/* -- process.env: every key and value a string (Node coerces on set) -- */

static js_value env_get(js_env *js, js_value key) {
  js_utf8 k;
  if (js_utf8_init(js, key, &k)) return NULL;
  const char *v = getenv(k.str);
  js_utf8_free(&k);
  return v ? str(js, v) : NULL;
}

static int env_set(js_env *js, js_value key, js_value value) {
  js_value s = js_to_string(js, value);
  if (!s) return 1;  /* the exception propagates */
  js_utf8 k, v;
  if (js_utf8_init(js, key, &k)) return 1;
  if (js_utf8_init(js, s, &v)) {
    js_utf8_free(&k);
    return 1;
  }
  if (k.len > 0 && !strchr(k.str, '=')) setenv(k.str, v.str, 1);
  js_utf8_free(&k);
  js_utf8_free(&v);
  return 1;
}

static int env_query(js_env *js, js_value key) {
  js_utf8 k;
  if (js_utf8_init(js, key, &k)) return 0;
  int r = getenv(k.str) != NULL;
  js_utf8_free(&k);
  return r;
}

static int env_remove(js_env *js, js_value key) {
  js_utf8 k;
  if (js_utf8_init(js, key, &k)) return 1;
  if (k.len > 0 && !strchr(k.str, '=')) unsetenv(k.str);
  js_utf8_free(&k);
  return 1;
}

static js_value env_keys(js_env *js) {
  uint32_t n = 0;
  for (char **e = environ; e && *e; e++) n++;
  js_value a = js_array_new(js, n);
  uint32_t i = 0;
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    size_t len = eq ? (size_t)(eq - *e) : strlen(*e);
    if (len == 0) continue;
    js_set_index(js, a, i++, js_string_utf8(js, *e, len));
  }
  return a;
}

static const js_named_handlers env_handlers = {
  env_get, env_set, env_query, env_remove, env_keys,
};

static js_value string_array(js_env *js, char **list, int n) {
  js_value a = js_array_new(js, (uint32_t)n);
  for (int i = 0; i < n; i++) js_set_index(js, a, (uint32_t)i, str(js, list[i]));
  return a;
}

static js_value versions_object(js_env *js) {
  char buf[64];
  js_value v = js_object_new(js);
  js_set_named(js, v, "node", str(js, NODE_VERSION_STRING));
  js_set_named(js, v, NODE_RUNTIME_NAME, str(js, NODE_RUNTIME_VERSION));
  js_set_named(js, v, "v8", str(js, js_v8_version()));
  js_set_named(js, v, "uv", str(js, uv_version_string()));
  js_set_named(js, v, "zlib", str(js, zlibVersion()));
  uint32_t b = BrotliDecoderVersion();
  snprintf(buf, sizeof buf, "%u.%u.%u", b >> 24, (b >> 12) & 0xfff, b & 0xfff);
  js_set_named(js, v, "brotli", str(js, buf));
  js_set_named(js, v, "ares", str(js, ares_version(NULL)));
  snprintf(buf, sizeof buf, "%d.%d.%d", LLHTTP_VERSION_MAJOR, LLHTTP_VERSION_MINOR,
           LLHTTP_VERSION_PATCH);
  js_set_named(js, v, "llhttp", str(js, buf));
  snprintf(buf, sizeof buf, "%d", NODE_MODULE_VERSION);
  js_set_named(js, v, "modules", str(js, buf));
  snprintf(buf, sizeof buf, "%d", NODE_API_VERSION);
  js_set_named(js, v, "napi", str(js, buf));
  snprintf(buf, sizeof buf, "%d.%d.%d", OPENSSL_VERSION_MAJOR, OPENSSL_VERSION_MINOR,
           OPENSSL_VERSION_PATCH);
  js_set_named(js, v, "openssl", str(js, buf));
  js_set_named(js, v, "icu", str(js, U_ICU_VERSION));
  js_set_named(js, v, "unicode", str(js, U_UNICODE_VERSION));
  return v;
}

js_value process_object_new(node_env *env) {
  js_env *js = env->js;
  node_options *o = env->options;
  js_value p = js_object_new(js);
  js_set_named(js, p, "version", str(js, "v" NODE_VERSION_STRING));
  js_set_named(js, p, "versions", versions_object(js));
#if defined(__x86_64__)
  js_set_named(js, p, "arch", str(js, "x64"));
#elif defined(__aarch64__)
  js_set_named(js, p, "arch", str(js, "arm64"));
#else
  js_set_named(js, p, "arch", str(js, "unknown"));
#endif
  js_set_named(js, p, "platform", str(js, "linux"));
  js_value release = js_object_new(js);
  js_set_named(js, release, "name", str(js, "node"));
  js_set_named(js, release, "lts", str(js, "Iron"));
  js_set_named(js, p, "release", release);

  /* argv: [execPath, script, args...]; argv[1] is resolved in JS */
  js_value argv = js_array_new(js, (uint32_t)o->nscript_argv + 1);
  js_set_index(js, argv, 0, str(js, env->exec_path));
  for (int i = 0; i < o->nscript_argv; i++)
    js_set_index(js, argv, (uint32_t)i + 1, str(js, o->script_argv[i]));
  js_set_named(js, p, "argv", argv);
  js_set_named(js, p, "argv0", str(js, env->argv[0]));
  js_set_named(js, p, "execArgv", string_array(js, o->exec_argv, o->nexec_argv));
  js_set_named(js, p, "execPath", str(js, env->exec_path));
  js_set_named(js, p, "pid", js_int32(js, (int32_t)getpid()));
  js_set_named(js, p, "env", js_object_new_intercepted(js, &env_handlers));
  return p;
}
