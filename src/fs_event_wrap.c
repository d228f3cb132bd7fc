/* fs_event_wrap.c -- internalBinding('fs_event_wrap'): watching files, for
 * lib/internal/fs/watchers.js. FSEvent is libuv's fs_event (inotify: fs.watch); StatWatcher is
 * libuv's fs_poll (stat polling: fs.watchFile), which Node keeps in its fs binding. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Keep in sync with lib/internal/fs/utils.js (getStatsFromBinding). */
#define STAT_FIELDS 18

typedef struct {
  handle_wrap h;         /* first: the allocation starts with the handle_wrap */
  union {
    uv_fs_event_t event;
    uv_fs_poll_t poll;
  } u;
  int started;
  int as_bytes;          /* FSEvent: names as bytes, for lib/ to decode */
  int bigint;            /* StatWatcher: BigInt64Array stats */
} watch_wrap;

static js_ref *onchange_key;

static watch_wrap *watch_this(js_call *call) { return (watch_wrap *)handle_wrap_this(call); }

/* new FSEvent() / new StatWatcher(bigint): the uv handle is inited at once (it does nothing
 * until started), so that close() always has one to close. */
static watch_wrap *watch_new(js_env *js, js_call *call) {
  js_value self = js_this(call);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED)) {
    js_throw_type_error(js, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    return NULL;
  }
  js_wrap(self, NULL);
  watch_wrap *w = calloc(1, sizeof *w);
  if (!w) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  return w;
}

static void call_onchange(watch_wrap *w, int argc, js_value *argv) {
  js_env *js = w->h.env->js;
  js_value self = js_ref_get(js, w->h.self);
  js_value fn = js_get(js, self, js_ref_get(js, onchange_key));
  if (fn && js_is(fn, JS_IS_FUNCTION)) env_make_callback(w->h.env, fn, self, argc, argv, NULL);
}

/* -- FSEvent -- */

static js_value fs_event_new(js_env *js, js_call *call) {
  watch_wrap *w = watch_new(js, call);
  if (!w) return NULL;
  uv_fs_event_init(env_of(js)->loop, &w->u.event);
  handle_wrap_init(&w->h, env_of(js), js_this(call), (uv_handle_t *)&w->u.event);
  return NULL;
}

/* onchange(status, eventType, filename): a name as a string, or bytes when asked, or null
 * when inotify gives none. */
static void fs_event_cb(uv_fs_event_t *handle, const char *filename, int events, int status) {
  watch_wrap *w = handle->data;
  js_env *js = w->h.env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  js_value argv[3];
  argv[0] = js_int32(js, status);
  if (status < 0) argv[1] = js_undefined(js);
  else if (events & UV_RENAME) argv[1] = js_string_intern(js, "rename");
  else if (events & UV_CHANGE) argv[1] = js_string_intern(js, "change");
  else argv[1] = js_string_intern(js, "unknown");
  if (!filename) {
    argv[2] = js_null(js);
  } else if (w->as_bytes) {
    size_t len = strlen(filename);
    void *data;
    js_value ab = js_array_buffer_new_uninit(js, len, &data);
    if (len) memcpy(data, filename, len);
    argv[2] = js_typed_array_new(js, JS_UINT8, ab, 0, len);
  } else {
    argv[2] = js_string_utf8(js, filename, (size_t)-1);
  }
  call_onchange(w, 3, argv);
  js_scope_close(&scope);
}

/* start(path, persistent, recursive, encoding) -> 0 or a negative libuv code. Names come as
 * strings for 'utf8' (and utf-8), else as bytes. inotify cannot watch a tree: lib/ builds a
 * recursive watch from one watcher per directory. */
static js_value fs_event_start(js_env *js, js_call *call) {
  watch_wrap *w = watch_this(call);
  if (!w) return js_int32(js, UV_EBADF);
  if (w->started) return js_int32(js, UV_EBUSY);
  js_utf8 path;
  if (js_utf8_init(js, js_arg(call, 0), &path)) return NULL;
  js_value enc = js_arg(call, 3);
  w->as_bytes = 0;
  if (js_is(enc, JS_IS_STRING)) {
    js_utf8 e;
    if (js_utf8_init(js, enc, &e) == 0) {
      w->as_bytes = strcmp(e.str, "utf8") != 0 && strcmp(e.str, "utf-8") != 0;
      js_utf8_free(&e);
    }
  }
  int rc = uv_fs_event_start(&w->u.event, fs_event_cb, path.str, 0);
  js_utf8_free(&path);
  if (rc == 0) {
    w->started = 1;
    if (!js_to_bool(js_arg(call, 1))) uv_unref(w->h.handle);
  }
  return js_int32(js, rc);
}

static js_value fs_event_initialized(js_env *js, js_call *call) {
  watch_wrap *w = js_unwrap(js_this(call));
  return js_boolean(js, w && w->started);
}

/* -- StatWatcher -- */

static js_value stat_watcher_new(js_env *js, js_call *call) {
  watch_wrap *w = watch_new(js, call);
  if (!w) return NULL;
  w->bigint = js_to_bool(js_arg(call, 0));
  uv_fs_poll_init(env_of(js)->loop, &w->u.poll);
  handle_wrap_init(&w->h, env_of(js), js_this(call), (uv_handle_t *)&w->u.poll);
  return NULL;
}

/* onchange(status, stats): stats holds the current stat then the previous one, zeros for a
 * file that is not there. */
static void stat_watcher_cb(uv_fs_poll_t *handle, int status, const uv_stat_t *prev,
                            const uv_stat_t *curr) {
  watch_wrap *w = handle->data;
  js_env *js = w->h.env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  void *data;
  js_value ab = js_array_buffer_new(js, 2 * STAT_FIELDS * 8, &data);
  js_value stats;
  if (w->bigint) {
    fs_fill_stat_bigint(data, curr);
    fs_fill_stat_bigint((int64_t *)data + STAT_FIELDS, prev);
    stats = js_typed_array_new(js, JS_BIGINT64, ab, 0, 2 * STAT_FIELDS);
  } else {
    fs_fill_stat(data, curr);
    fs_fill_stat((double *)data + STAT_FIELDS, prev);
    stats = js_typed_array_new(js, JS_FLOAT64, ab, 0, 2 * STAT_FIELDS);
  }
  js_value argv[2] = { js_int32(js, status), stats };
  call_onchange(w, 2, argv);
  js_scope_close(&scope);
}

/* start(path, interval) -> 0 or a negative libuv code */
static js_value stat_watcher_start(js_env *js, js_call *call) {
  watch_wrap *w = watch_this(call);
  if (!w) return js_int32(js, UV_EBADF);
  if (w->started) return js_int32(js, UV_EBUSY);
  js_utf8 path;
  if (js_utf8_init(js, js_arg(call, 0), &path)) return NULL;
  js_value iv = js_arg(call, 1);
  unsigned int interval = js_is(iv, JS_IS_NUMBER) ? js_uint32_value(iv) : 5007;
  int rc = uv_fs_poll_start(&w->u.poll, stat_watcher_cb, path.str, interval);
  js_utf8_free(&path);
  if (rc == 0) w->started = 1;
  return js_int32(js, rc);
}

/* -- what both share -- */

/* close([cb]) */
static js_value watch_close(js_env *js, js_call *call) {
  (void)js;
  watch_wrap *w = js_unwrap(js_this(call));
  if (w && handle_wrap_begin_close(&w->h, js_arg(call, 0)) == 0)
    uv_close(w->h.handle, handle_wrap_close_cb);
  return NULL;
}

static js_value watch_has_ref(js_env *js, js_call *call) {
  watch_wrap *w = watch_this(call);
  return js_boolean(js, w && uv_has_ref(w->h.handle));
}

static js_value watch_ref(js_env *js, js_call *call) {
  (void)js;
  watch_wrap *w = watch_this(call);
  if (w) uv_ref(w->h.handle);
  return NULL;
}

static js_value watch_unref(js_env *js, js_call *call) {
  (void)js;
  watch_wrap *w = watch_this(call);
  if (w) uv_unref(w->h.handle);
  return NULL;
}

static const js_method fs_event_methods[] = {
  {"close", watch_close, 1},
  {"hasRef", watch_has_ref, 0},
  {"ref", watch_ref, 0},
  {"start", fs_event_start, 4},
  {"unref", watch_unref, 0},
};

static const js_method fs_event_getters[] = {
  {"initialized", fs_event_initialized, 0},
};

static const js_method stat_watcher_methods[] = {
  {"close", watch_close, 1},
  {"hasRef", watch_has_ref, 0},
  {"ref", watch_ref, 0},
  {"start", stat_watcher_start, 2},
  {"unref", watch_unref, 0},
};

js_value binding_init_fs_event_wrap(node_env *env) {
  js_env *js = env->js;
  js_value fs_event = js_class_new_with_getters(js, "FSEvent", fs_event_new, fs_event_methods,
                                                ARRAY_SIZE(fs_event_methods), fs_event_getters,
                                                ARRAY_SIZE(fs_event_getters), 1);
  js_value stat_watcher = js_class_new(js, "StatWatcher", stat_watcher_new,
                                       stat_watcher_methods, ARRAY_SIZE(stat_watcher_methods),
                                       1);
  if (!fs_event || !stat_watcher) return NULL;
  if (!onchange_key) onchange_key = js_ref_new(js, js_string_intern(js, "onchange"));
  js_value b = js_object_new(js);
  js_set_named(js, b, "FSEvent", fs_event);
  js_set_named(js, b, "StatWatcher", stat_watcher);
  return b;
}
