/* internal.h -- declarations shared by the runtime's C files, grouped by concern. */
#ifndef NODE_INTERNAL_H
#define NODE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "js.h"

#define NODE_VERSION_STRING "20.20.2"
#define NODE_RUNTIME_NAME "slim"
#define NODE_RUNTIME_VERSION "0.1.0"
#define NODE_MODULE_VERSION 115
#define NODE_API_VERSION 9

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* -- options (options.c) -- */

typedef struct {
  char **items;                  /* NULL or NULL-terminated */
  int n;
} option_list;

typedef struct {
  const char *eval_source;       /* -e / -p */
  int print_eval;                /* -p */
  int check_syntax;              /* -c */
  int force_stdin;               /* "-" as the script */
  int interactive;
  option_list preload;           /* -r */
  int expose_internals;
  int require_module;            /* --[no-]experimental-require-module */
  int no_warnings;
  int trace_warnings;
  int no_deprecation;
  int throw_deprecation;
  int trace_deprecation;
  int pending_deprecation;
  int trace_uncaught;
  int preserve_symlinks;
  int preserve_symlinks_main;
  int abort_on_uncaught;
  const char *unhandled_rejections;
  const char *input_type;
  const char *title;
  option_list conditions;
  option_list disable_warning;
  const char *dns_result_order;
  const char *redirect_warnings;
  char **exec_argv;              /* the node options as given, for process.execArgv */
  int nexec_argv;
  char **script_argv;            /* argv[1..] for process.argv: script and its arguments */
  int nscript_argv;
} node_options;

/* Parses argv and NODE_OPTIONS. Handles -v, -h, --v8-options and bad options itself
 * (printing and exiting). Hands V8's own flags to V8. */
void options_parse(int argc, char **argv, node_options *out);

/* -- the environment (env.c) -- */

enum { TICK_HAS_TICK_SCHEDULED, TICK_HAS_REJECTION_TO_WARN, TICK_FIELDS };
enum { IMMEDIATE_COUNT, IMMEDIATE_REF_COUNT, IMMEDIATE_HAS_OUTSTANDING, IMMEDIATE_FIELDS };

/* Keep in sync with lib/internal/perf/utils.js. */
enum {
  MILESTONE_NODE_START, MILESTONE_V8_START, MILESTONE_ENVIRONMENT,
  MILESTONE_BOOTSTRAP_COMPLETE, MILESTONE_LOOP_START, MILESTONE_LOOP_EXIT
};

typedef struct node_env {
  js_env *js;
  uv_loop_t *loop;
  node_options *options;
  char *exec_path;
  int argc;
  char **argv;

  js_ref *process;
  js_ref *binding_cache;         /* name -> binding object */
  js_ref *require_builtin;       /* the realm's require(id) */

  /* task_queue.c */
  int32_t *tick_info;
  js_ref *tick_callback;
  js_ref *promise_reject_callback;

  /* timers.c */
  uv_timer_t timer;
  uv_check_t immediate_check;
  uv_idle_t immediate_idle;
  uint32_t *immediate_info;
  js_ref *process_timers;
  js_ref *process_immediate;
  uint64_t timer_base;

  /* errors.c */
  js_ref *fatal_exception_handler;
  int in_fatal;

  /* module_wrap.c: the ESM loader's hooks */
  js_ref *import_meta_callback;
  js_ref *dynamic_import_callback;

  /* process lifetime */
  uint64_t start_time;           /* uv_hrtime() at start-up */
  int building_code_cache;       /* node_mkcodecache --build-code-cache */
  js_ref *realm_function;        /* kept for the code cache builder */
  int exiting;
  int callback_depth;

  /* performance.c: uv_hrtime() at each milestone of start-up, 0 until reached */
  uint64_t milestones[6];

  /* async_wrap.c: set once a script has set an async context frame */
  int async_context_in_use;
} node_env;

node_env *env_of(js_env *js);
/* Calls fn from the loop: catches an exception and sends it down the uncaught path, then
 * drains the nextTick queue and the microtasks (Node's order). Returns 0, or -1 when fn
 * threw (already handled). */
int env_make_callback(node_env *env, js_value fn, js_value recv, int argc, js_value *argv,
                      js_value *result);
/* Remembers the current async context frame on obj (a handle or request made now), for
 * env_make_callback to restore around the callbacks it receives. */
void env_capture_async_context(node_env *env, js_value obj);
/* The nextTick + microtask checkpoint that follows every call from C into JS. */
void env_tick(node_env *env);
js_value env_require_builtin(node_env *env, const char *id);
js_value env_process(node_env *env);
void env_exit(node_env *env, int code) __attribute__((noreturn));

/* -- bindings (one per file, registered in bindings.c) -- */

typedef js_value (*binding_init_fn)(node_env *env);
js_value binding_get(node_env *env, const char *name);   /* NULL + exception if unknown */
js_value binding_internal_binding(js_env *js, js_call *call);

/* One binding per line, sorted. */
#define NODE_BINDINGS(XX) \
  XX(async_wrap) \
  XX(buffer) \
  XX(builtins) \
  XX(cares_wrap) \
  XX(constants) \
  XX(contextify) \
  XX(encoding_binding) \
  XX(errors) \
  XX(fs) \
  XX(fs_event_wrap) \
  XX(http_parser) \
  XX(icu) \
  XX(module_wrap) \
  XX(options) \
  XX(os) \
  XX(performance) \
  XX(pipe_wrap) \
  XX(process_methods) \
  XX(process_wrap) \
  XX(serdes) \
  XX(signal_wrap) \
  XX(spawn_sync) \
  XX(stream_wrap) \
  XX(task_queue) \
  XX(tcp_wrap) \
  XX(timers) \
  XX(tty_wrap) \
  XX(types) \
  XX(udp_wrap) \
  XX(url) \
  XX(util) \
  XX(uv) \

#define XX(name) js_value binding_init_##name(node_env *env);
NODE_BINDINGS(XX)
#undef XX

/* errors.c: the uncaught-exception path. Returns 0 when a listener handled it. */
int errors_trigger_uncaught(node_env *env, js_value err, int from_promise);
/* Prints the pending exception (no JS handler yet, e.g. during bootstrap) and exits. */
void errors_fatal_bootstrap(node_env *env, js_value exc) __attribute__((noreturn));

/* mkcodecache/builder.c (only in the first-stage binary, node_mkcodecache) */
int code_cache_build(node_env *env, const char *path);

/* tty_wrap.c: the standard descriptors' flags and terminal modes, saved at start-up (a closed
 * one becomes /dev/null) and put back at exit (async-signal-safe). */
void tty_wrap_save_stdio(void);
void tty_wrap_reset_stdio(void);

/* url.c: UTS #46 as encoding_binding's toASCII and toUnicode (Node's). */
js_value url_idna_to_ascii(js_env *js, js_call *call);
js_value url_idna_to_unicode(js_env *js, js_call *call);

/* spawn_sync.c: uid, gid and detached from a spawn options object (process_wrap.c too) */
int spawn_options_identity(js_env *js, js_value opts, uv_process_options_t *po);

/* process_object.c */
js_value process_object_new(node_env *env);

/* builtins.c */
js_value builtins_compile(node_env *env, const char *id);  /* NULL + exception pending */

/* timers.c / task_queue.c: set up handles at start-up. */
void timers_init(node_env *env);

/* -- handles and streams (stream_wrap.c; tcp_wrap.c, pipe_wrap.c build on them) -- */

/* What every handle class shares. A handle's JS object holds the wrap in internal field 0 and
 * the wrap holds the object strongly until uv_close ends: libuv may call back into it until
 * then. The wrap (and the uv handle inside it) is freed in the close callback, where field 0
 * is cleared, so that methods called on a closed handle find NULL and do nothing. */
typedef struct handle_wrap {
  node_env *env;
  js_ref *self;
  js_ref *onclose;               /* the function given to close(cb) or reset(cb) */
  uv_handle_t *handle;           /* inside the struct that embeds this one */
  int closing;
  void (*cleanup)(struct handle_wrap *w);   /* frees what the embedding struct holds */
} handle_wrap;

typedef struct stream_wrap {
  handle_wrap h;
  uv_stream_t *stream;
  uint64_t bytes_read;
  uint64_t bytes_written;
  js_ref *user_buffer;           /* useUserBuffer(buf): reads land there instead of the slab */
  struct write_req *writes;      /* the writes libuv still holds, oldest first */
  struct write_req *last_write;
  /* A new handle of the same kind for uv_accept (the TCP or Pipe class, type SOCKET). */
  js_value (*new_peer)(node_env *env);
} stream_wrap;

/* Starts a wrap (at the start of its malloc'd struct): binds it to `obj`, a new instance,
 * and to its uv handle, already inited. */
void handle_wrap_init(handle_wrap *w, node_env *env, js_value obj, uv_handle_t *handle);
/* The wrap of a method call's receiver, or NULL once closed (or closing). */
handle_wrap *handle_wrap_this(js_call *call);
/* Marks the wrap closing, with cb (NULL, or any value: kept when a function) to call once
 * closed; -1 if it already was. The caller then closes the uv handle with
 * handle_wrap_close_cb as the callback. */
int handle_wrap_begin_close(handle_wrap *w, js_value cb);
void handle_wrap_close_cb(uv_handle_t *handle);
void stream_wrap_init(stream_wrap *s, node_env *env, js_value obj, uv_stream_t *stream);
/* uv_listen; each connection is accepted into s->new_peer() and given to
 * handle.onconnection(status, peer). */
int stream_wrap_listen(stream_wrap *s, int backlog);
/* At exit: what libuv still holds for stdout and stderr is written out, blocking (pipe writes
 * are asynchronous, yet nothing written may be lost when the process exits). */
void stream_wrap_flush_stdio(node_env *env);

/* A handle class: the class's own methods and getters followed by the shared ones (close, ref,
 * unref, hasRef; for streams readStart, writeBuffer, ... and bytesRead, fd, ...). `all` and
 * `all_getters` are static arrays of the class's size, filled here (V8 keeps pointers). */
#define HANDLE_WRAP_METHODS 4
#define STREAM_WRAP_METHODS 10
#define STREAM_WRAP_GETTERS 4
js_value stream_wrap_class_new(node_env *env, const char *name, js_native ctor,
                               const js_method *own, size_t n, js_method *all,
                               js_method *all_getters);

/* The same for a handle that is not a stream (UDP, Signal): its own methods, then close, ref,
 * unref and hasRef; `all` as above, `getters` static (NULL when none). */
js_value handle_wrap_class_new(node_env *env, const char *name, js_native ctor,
                               const js_method *own, size_t n, js_method *all,
                               const js_method *getters, size_t ngetters);

/* A request object's class (WriteWrap, TCPConnectWrap, ...): plain objects lib/ sets fields
 * on; C keeps one alive while its operation runs and calls its `oncomplete`. */
js_value req_wrap_class_new(node_env *env, const char *name);
/* Calls obj.oncomplete(argv...) from the loop, with `obj` as this. */
void req_wrap_complete(node_env *env, js_value obj, int argc, js_value *argv);

/* For getsockname/getpeername: fills out.address, out.family ('IPv4', 'IPv6'), out.port. */
int sockaddr_to_js(node_env *env, const struct sockaddr *sa, js_value out);

/* -- buffer (buffer.c) -- */

/* The length of the ASCII start of p[0..n). */
size_t buffer_ascii_prefix(const uint8_t *p, size_t n);
/* p[0..n) decoded as UTF-8 (invalid bytes as U+FFFD), as Buffer's toString does; NULL with an
 * exception pending when too long. */
js_value buffer_utf8_string(js_env *js, const uint8_t *p, size_t n);

/* -- fs (fs.c) -- */

/* A stat as the 18 numbers of Node's stats arrays (getStatsFromBinding in
 * lib/internal/fs/utils.js). */
void fs_fill_stat(double *out, const uv_stat_t *s);
void fs_fill_stat_bigint(int64_t *out, const uv_stat_t *s);

/* -- argument helpers, used by every binding -- */

/* A sync binding's error: a negative libuv code as a JS number. */
js_value uv_code(node_env *env, int code);

#endif
