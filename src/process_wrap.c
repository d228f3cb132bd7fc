/* process_wrap.c -- internalBinding('process_wrap'): a child process on libuv's uv_process_t,
 * driven by the ChildProcess class of lib/internal/child_process.js (spawn, exec, execFile). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct {
  handle_wrap h;         /* first: the allocation starts with the handle_wrap */
  uv_process_t proc;
  int spawned;           /* uv_spawn inits the handle even when it fails; close needs both */
} process_wrap;

static process_wrap *process_this(js_call *call) {
  return (process_wrap *)handle_wrap_this(call);
}

/* new Process() */
static js_value process_new(js_env *js, js_call *call) {
  js_value self = js_this(call);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    return NULL;
  }
  js_wrap(self, NULL);
  process_wrap *p = calloc(1, sizeof *p);
  if (!p) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  handle_wrap_init(&p->h, env_of(js), self, (uv_handle_t *)&p->proc);
  p->proc.data = p;
  return NULL;
}

static void exit_cb(uv_process_t *proc, int64_t exit_status, int term_signal) {
  process_wrap *p = proc->data;
  node_env *env = p->h.env;
  js_env *js = env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value self = js_ref_get(js, p->h.self);
  js_value fn = js_get_named(js, self, "onexit");
  if (fn && js_is(fn, JS_IS_FUNCTION)) {
    js_value argv[2] = {js_number(js, (double)exit_status), js_int32(js, term_signal)};
    env_make_callback(env, fn, self, 2, argv, NULL);
  }
  js_scope_close(&scope);
}

static void free_strings(char **v) {
  if (!v) return;
  for (char **s = v; *s; s++) free(*s);
  free(v);
}

/* A NULL-terminated copy of an array of strings (*out NULL when v is no array). 1: exception
 * pending; UV_ENOMEM. */
static int string_array(js_env *js, js_value v, char ***out) {
  *out = NULL;
  if (!js_is(v, JS_IS_ARRAY)) return 0;
  uint32_t n = js_array_length(v);
  char **list = calloc((size_t)n + 1, sizeof *list);
  if (!list) return UV_ENOMEM;
  for (uint32_t i = 0; i < n; i++) {
    js_value item = js_get_index(js, v, i);
    js_utf8 s;
    if (!item || js_utf8_init(js, item, &s)) {
      free_strings(list);
      return 1;
    }
    list[i] = strdup(s.str);
    js_utf8_free(&s);
    if (!list[i]) {
      free_strings(list);
      return UV_ENOMEM;
    }
  }
  *out = list;
  return 0;
}

/* A string option copied into *out (NULL when not a string). 1: exception pending. */
static int string_option(js_env *js, js_value opts, const char *name, char **out) {
  *out = NULL;
  js_value v = js_get_named(js, opts, name);
  if (!v) return 1;
  if (!js_is(v, JS_IS_STRING)) return 0;
  js_utf8 s;
  if (js_utf8_init(js, v, &s)) return 1;
  *out = strdup(s.str);
  js_utf8_free(&s);
  return *out ? 0 : UV_ENOMEM;
}

static int type_is(js_env *js, js_value type, const char *name) {
  js_utf8 s;
  if (!js_is(type, JS_IS_STRING) || js_utf8_init(js, type, &s)) return 0;
  int eq = strcmp(s.str, name) == 0;
  js_utf8_free(&s);
  return eq;
}

/* The uv stream of a pipe_wrap Pipe, or NULL for anything else. */
static uv_stream_t *pipe_of(node_env *env, js_value handle) {
  js_env *js = env->js;
  if (!js_is(handle, JS_IS_OBJECT)) return NULL;
  js_value b = binding_get(env, "pipe_wrap");
  js_value cls = b ? js_get_named(js, b, "Pipe") : NULL;
  js_value ctor = js_get_named(js, handle, "constructor");
  if (!cls || !ctor || !js_to_bool(js_strict_equals(js, cls, ctor))) return NULL;
  stream_wrap *s = js_unwrap(handle);
  if (!s || s->h.closing || s->h.handle->type != UV_NAMED_PIPE) return NULL;
  return s->stream;
}

/* {type: 'ignore' | 'pipe' | 'inherit' | 'fd', handle (a Pipe), fd}. 0, a negative libuv code,
 * or 1 with an exception pending. */
static int parse_stdio(node_env *env, uv_stdio_container_t *c, int i, js_value entry) {
  js_env *js = env->js;
  c->flags = UV_IGNORE;
  if (!js_is(entry, JS_IS_OBJECT)) return UV_EINVAL;
  js_value type = js_get_named(js, entry, "type");
  if (!type) return 1;
  if (type_is(js, type, "ignore")) return 0;
  if (type_is(js, type, "inherit") || type_is(js, type, "fd")) {
    js_value fd = type_is(js, type, "fd") ? js_get_named(js, entry, "fd") : js_int32(js, i);
    if (!fd) return 1;
    if (!js_is(fd, JS_IS_INT32) || js_int32_value(fd) < 0) return UV_EINVAL;
    c->flags = UV_INHERIT_FD;
    c->data.fd = js_int32_value(fd);
    return 0;
  }
  if (!type_is(js, type, "pipe") && !type_is(js, type, "overlapped")) return UV_EINVAL;
  js_value handle = js_get_named(js, entry, "handle");
  if (!handle) return 1;
  uv_stream_t *st = pipe_of(env, handle);
  if (!st) return UV_EINVAL;
  c->flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
  c->data.stream = st;
  return 0;
}

/* spawn(options): options as normalizeSpawnArguments makes them, stdio as getValidStdio
 * does. Returns 0 or a negative libuv code; sets this.pid. */
static js_value process_spawn(js_env *js, js_call *call) {
  process_wrap *p = process_this(call);
  js_value opts = js_arg(call, 0);
  if (!p || p->spawned) return js_int32(js, UV_EINVAL);
  if (!js_is(opts, JS_IS_OBJECT)) return js_int32(js, UV_EINVAL);
  node_env *env = p->h.env;
  uv_process_options_t po;
  memset(&po, 0, sizeof po);
  char *file = NULL, *cwd = NULL, **args = NULL, **envp = NULL;
  uv_stdio_container_t *stdio = NULL;
  js_value v, result = NULL;
  int err;
  if ((err = string_option(js, opts, "file", &file)) ||
      (err = string_option(js, opts, "cwd", &cwd)))
    goto out;
  if (!(v = js_get_named(js, opts, "args"))) goto threw;
  if ((err = string_array(js, v, &args))) goto out;
  if (!(v = js_get_named(js, opts, "envPairs"))) goto threw;
  if ((err = string_array(js, v, &envp))) goto out;
  if (!file || !args || !args[0]) {
    err = UV_EINVAL;
    goto out;
  }
  if (spawn_options_identity(js, opts, &po) != 0) goto threw;

  js_value list = js_get_named(js, opts, "stdio");
  if (!list) goto threw;
  int n = js_is(list, JS_IS_ARRAY) ? (int)js_array_length(list) : 0;
  stdio = calloc((size_t)n + 1, sizeof *stdio);
  if (!stdio) {
    err = UV_ENOMEM;
    goto out;
  }
  for (int i = 0; i < n; i++) {
    js_value entry = js_get_index(js, list, (uint32_t)i);
    if (!entry) goto threw;
    err = parse_stdio(env, &stdio[i], i, entry);
    if (err == 1) goto threw;
    if (err < 0) goto out;
  }
  po.exit_cb = exit_cb;
  po.file = file;
  po.args = args;
  po.env = envp;
  po.cwd = cwd;
  po.stdio = stdio;
  po.stdio_count = n;
  err = uv_spawn(env->loop, &p->proc, &po);
  p->spawned = 1;
  p->proc.data = p;  /* uv_spawn reset it */
  if (err == 0) js_set_named(js, js_this(call), "pid", js_int32(js, p->proc.pid));
out:
  if (err <= 0) result = js_int32(js, err);
threw:
  free(file);
  free(cwd);
  free_strings(args);
  free_strings(envp);
  free(stdio);
  return result;
}

/* kill(signal): 0 or a negative libuv code */
static js_value process_kill(js_env *js, js_call *call) {
  process_wrap *p = process_this(call);
  js_value sig = js_arg(call, 0);
  if (!p || !p->spawned) return js_int32(js, UV_EBADF);
  if (!js_is(sig, JS_IS_INT32)) return js_int32(js, UV_EINVAL);
  return js_int32(js, uv_process_kill(&p->proc, js_int32_value(sig)));
}

/* close([cb]): a handle never spawned has no uv handle to close; it goes at once. */
static js_value process_close(js_env *js, js_call *call) {
  process_wrap *p = js_unwrap(js_this(call));
  if (!p || handle_wrap_begin_close(&p->h, js_arg(call, 0))) return NULL;
  if (p->spawned) {
    uv_close(p->h.handle, handle_wrap_close_cb);
    return NULL;
  }
  (void)js;
  handle_wrap_close_cb(p->h.handle);
  return NULL;
}

static js_value process_has_ref(js_env *js, js_call *call) {
  process_wrap *p = process_this(call);
  return js_boolean(js, p && p->spawned && uv_has_ref(p->h.handle));
}

static js_value process_ref(js_env *js, js_call *call) {
  (void)js;
  process_wrap *p = process_this(call);
  if (p && p->spawned) uv_ref(p->h.handle);
  return NULL;
}

static js_value process_unref(js_env *js, js_call *call) {
  (void)js;
  process_wrap *p = process_this(call);
  if (p && p->spawned) uv_unref(p->h.handle);
  return NULL;
}

static const js_method process_methods[] = {
  {"close", process_close, 1},
  {"hasRef", process_has_ref, 0},
  {"kill", process_kill, 1},
  {"ref", process_ref, 0},
  {"spawn", process_spawn, 1},
  {"unref", process_unref, 0},
};

js_value binding_init_process_wrap(node_env *env) {
  js_env *js = env->js;
  js_value cls = js_class_new(js, "Process", process_new, process_methods,
                              ARRAY_SIZE(process_methods), 1);
  if (!cls) return NULL;
  js_value b = js_object_new(js);
  js_set_named(js, b, "Process", cls);
  return b;
}
