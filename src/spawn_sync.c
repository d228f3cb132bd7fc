/* spawn_sync.c -- internalBinding('spawn_sync'): runs a child to completion on a private libuv
 * loop, feeding its input and collecting its output, for spawnSync, execSync and execFileSync
 * (lib/internal/child_process.js builds the options and reads the result). */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The options both spawn forms read the same way: uid, gid (when integers) and detached.
 * Returns 0, or -1 with an exception pending from a getter. */
int spawn_options_identity(js_env *js, js_value opts, uv_process_options_t *po) {
  js_value v;
  if (!(v = js_get_named(js, opts, "uid"))) return -1;
  if (js_is(v, JS_IS_INT32)) {
    po->flags |= UV_PROCESS_SETUID;
    po->uid = (uv_uid_t)js_int32_value(v);
  }
  if (!(v = js_get_named(js, opts, "gid"))) return -1;
  if (js_is(v, JS_IS_INT32)) {
    po->flags |= UV_PROCESS_SETGID;
    po->gid = (uv_gid_t)js_int32_value(v);
  }
  if (!(v = js_get_named(js, opts, "detached"))) return -1;
  if (js_to_bool(v)) po->flags |= UV_PROCESS_DETACHED;
  return 0;
}

/* Each read asks for this much room, as Node's reads do: the read that crosses maxBuffer is
 * kept whole, so output may exceed maxBuffer by up to one chunk, as it does in Node. */
#define READ_CHUNK 65536

typedef struct runner runner;

typedef struct {
  uv_pipe_t handle;
  runner *r;
  int readable;               /* the child reads: we write the input, then shut down */
  int writable;               /* the child writes: we collect the output */
  const uint8_t *input;       /* JS memory; no JS runs until the loop is done */
  size_t input_len;
  int reading, writing, closing;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  char *out;
  size_t out_len, out_cap;
} sync_pipe;

struct runner {
  uv_loop_t loop;
  uv_process_t process;
  uv_timer_t timer;
  uint64_t timeout;
  double max_buffer;          /* 0: no limit (Node treats maxBuffer 0 so) */
  size_t buffered;            /* output of all pipes together, as Node counts it */
  int kill_signal;
  int nstdio;
  sync_pipe **pipes;          /* by child fd; NULL where the fd is not a pipe */
  uv_stdio_container_t *stdio;
  int error;                  /* the first error of the run: spawn, timeout, maxBuffer, kill */
  int pipe_error;             /* the first pipe error; reported only when there is no other */
  int process_init, spawned, exited, killed;
  int64_t exit_status;
  int term_signal;
};

/* Signal names as Node reports them; where two names share a number, the first one wins. */
static const struct { int signo; const char *name; } signal_names[] = {
  {SIGHUP, "SIGHUP"}, {SIGINT, "SIGINT"}, {SIGQUIT, "SIGQUIT"}, {SIGILL, "SIGILL"},
  {SIGTRAP, "SIGTRAP"}, {SIGABRT, "SIGABRT"}, {SIGBUS, "SIGBUS"}, {SIGFPE, "SIGFPE"},
  {SIGKILL, "SIGKILL"}, {SIGUSR1, "SIGUSR1"}, {SIGSEGV, "SIGSEGV"}, {SIGUSR2, "SIGUSR2"},
  {SIGPIPE, "SIGPIPE"}, {SIGALRM, "SIGALRM"}, {SIGTERM, "SIGTERM"}, {SIGCHLD, "SIGCHLD"},
  {SIGSTKFLT, "SIGSTKFLT"}, {SIGCONT, "SIGCONT"}, {SIGSTOP, "SIGSTOP"}, {SIGTSTP, "SIGTSTP"},
  {SIGTTIN, "SIGTTIN"}, {SIGTTOU, "SIGTTOU"}, {SIGURG, "SIGURG"}, {SIGXCPU, "SIGXCPU"},
  {SIGXFSZ, "SIGXFSZ"}, {SIGVTALRM, "SIGVTALRM"}, {SIGPROF, "SIGPROF"},
  {SIGWINCH, "SIGWINCH"}, {SIGIO, "SIGIO"}, {SIGPWR, "SIGPWR"}, {SIGSYS, "SIGSYS"},
};

/* Node reports a signal it has no name for as the empty string. */
static const char *signal_name(int signo) {
  for (size_t i = 0; i < ARRAY_SIZE(signal_names); i++)
    if (signal_names[i].signo == signo) return signal_names[i].name;
  return "";
}

static void set_error(int *slot, int err) {
  if (*slot == 0) *slot = err;
}

static void pipe_close(sync_pipe *p) {
  if (p->closing) return;
  p->closing = 1;
  uv_close((uv_handle_t *)&p->handle, NULL);
}

static void pipe_maybe_close(sync_pipe *p) {
  if (!p->reading && !p->writing) pipe_close(p);
}

/* Node's kill: signal the child (SIGKILL when killSignal cannot be sent), then stop reading
 * and writing at once and stop the timer; the loop still waits for the child's exit. */
static void runner_kill(runner *r) {
  if (r->killed) return;
  r->killed = 1;
  if (!r->exited) {
    int err = uv_process_kill(&r->process, r->kill_signal);
    if (err < 0 && err != UV_ESRCH) {
      set_error(&r->error, err);
      uv_process_kill(&r->process, SIGKILL);
    }
  }
  for (int i = 0; i < r->nstdio; i++)
    if (r->pipes[i]) pipe_close(r->pipes[i]);
  if (r->timeout > 0) uv_timer_stop(&r->timer);
}

static void exit_cb(uv_process_t *process, int64_t exit_status, int term_signal) {
  runner *r = process->data;
  r->exited = 1;
  r->exit_status = exit_status;
  r->term_signal = term_signal;
  uv_close((uv_handle_t *)process, NULL);
}

static void timer_cb(uv_timer_t *timer) {
  runner *r = timer->data;
  set_error(&r->error, UV_ETIMEDOUT);
  runner_kill(r);
}

static void alloc_cb(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  (void)suggested;
  sync_pipe *p = handle->data;
  if (p->out_cap - p->out_len < READ_CHUNK) {
    size_t cap = p->out_cap ? p->out_cap : READ_CHUNK;
    while (cap - p->out_len < READ_CHUNK) cap *= 2;
    char *grown = realloc(p->out, cap);
    if (!grown) {
      *buf = uv_buf_init(NULL, 0);  /* libuv reports UV_ENOBUFS to read_cb */
      return;
    }
    p->out = grown;
    p->out_cap = cap;
  }
  *buf = uv_buf_init(p->out + p->out_len, READ_CHUNK);
}

static void read_cb(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  (void)buf;
  sync_pipe *p = stream->data;
  runner *r = p->r;
  if (nread > 0) {
    p->out_len += (size_t)nread;
    r->buffered += (size_t)nread;
    if (r->max_buffer > 0 && (double)r->buffered > r->max_buffer) {
      set_error(&r->error, UV_ENOBUFS);
      runner_kill(r);
    }
    return;
  }
  if (nread == 0) return;
  if (nread != UV_EOF) set_error(&r->pipe_error, (int)nread);
  uv_read_stop(stream);
  p->reading = 0;
  pipe_maybe_close(p);
}

static void shutdown_cb(uv_shutdown_t *req, int status) {
  sync_pipe *p = req->data;
  if (status < 0 && status != UV_ENOTCONN && status != UV_ECANCELED)
    set_error(&p->r->pipe_error, status);
  p->writing = 0;
  pipe_maybe_close(p);
}

static void start_shutdown(sync_pipe *p) {
  p->shutdown_req.data = p;
  int err = uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->handle, shutdown_cb);
  if (err < 0) {
    set_error(&p->r->pipe_error, err);
    p->writing = 0;
  }
}

static void write_cb(uv_write_t *req, int status) {
  sync_pipe *p = req->data;
  if (status == 0 && !p->closing) {
    start_shutdown(p);
  } else {
    if (status < 0 && status != UV_ECANCELED) set_error(&p->r->pipe_error, status);
    p->writing = 0;
  }
  pipe_maybe_close(p);
}

static void pipe_start(sync_pipe *p) {
  runner *r = p->r;
  if (p->writable) {
    int err = uv_read_start((uv_stream_t *)&p->handle, alloc_cb, read_cb);
    if (err < 0) set_error(&r->pipe_error, err);
    else p->reading = 1;
  }
  if (p->readable) {
    p->writing = 1;
    if (p->input_len > 0) {
      uv_buf_t buf;
      buf.base = (char *)p->input;
      buf.len = p->input_len;
      p->write_req.data = p;
      int err = uv_write(&p->write_req, (uv_stream_t *)&p->handle, &buf, 1, write_cb);
      if (err < 0) {
        set_error(&r->pipe_error, err);
        p->writing = 0;
      }
    } else {
      start_shutdown(p);
    }
  }
  pipe_maybe_close(p);
}

/* -- options -- */

static void free_strings(char **v) {
  if (!v) return;
  for (char **s = v; *s; s++) free(*s);
  free(v);
}

/* A NULL-terminated copy of an array of strings. *out stays NULL when v is not an array.
 * Returns -1 with an exception pending. */
static int string_array(js_env *js, js_value v, char ***out) {
  *out = NULL;
  if (!v || !js_is(v, JS_IS_ARRAY)) return 0;
  uint32_t n = js_array_length(v);
  char **list = calloc((size_t)n + 1, sizeof *list);
  if (!list) goto oom;
  for (uint32_t i = 0; i < n; i++) {
    js_value item = js_get_index(js, v, i);
    js_utf8 s;
    if (!item || js_utf8_init(js, item, &s)) {
      free_strings(list);
      return -1;
    }
    list[i] = strdup(s.str);
    js_utf8_free(&s);
    if (!list[i]) {
      free_strings(list);
      goto oom;
    }
  }
  *out = list;
  return 0;
oom:
  js_throw_range_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
  return -1;
}

/* A string option copied into *out (NULL when undefined or null). -1: exception pending. */
static int string_option(js_env *js, js_value opts, const char *name, char **out) {
  *out = NULL;
  js_value v = js_get_named(js, opts, name);
  if (!v) return -1;
  if (js_is(v, JS_IS_NULL_OR_UNDEFINED)) return 0;
  js_utf8 s;
  if (js_utf8_init(js, v, &s)) return -1;
  *out = strdup(s.str);
  js_utf8_free(&s);
  if (*out) return 0;
  js_throw_range_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
  return -1;
}

static int type_is(js_env *js, js_value type, const char *name) {
  js_utf8 s;
  if (!js_is(type, JS_IS_STRING) || js_utf8_init(js, type, &s)) return 0;
  int eq = strcmp(s.str, name) == 0;
  js_utf8_free(&s);
  return eq;
}

/* One stdio entry as lib/internal/child_process.js describes it:
 * {type: 'ignore' | 'pipe' | 'overlapped' | 'inherit' | 'fd', readable, writable, input, fd}.
 * Returns 0, a negative libuv code for an entry it cannot use, or 1 with an exception pending. */
static int parse_stdio(js_env *js, runner *r, int i, js_value entry) {
  uv_stdio_container_t *c = &r->stdio[i];
  c->flags = UV_IGNORE;
  if (!js_is(entry, JS_IS_OBJECT)) return UV_EINVAL;
  js_value type = js_get_named(js, entry, "type");
  if (!type) return 1;
  if (type_is(js, type, "ignore")) return 0;
  if (type_is(js, type, "inherit") || type_is(js, type, "fd")) {
    js_value fd = type_is(js, type, "fd") ? js_get_named(js, entry, "fd") : js_int32(js, i);
    if (!fd) return 1;
    if (!js_is(fd, JS_IS_NUMBER) || js_int32_value(fd) < 0) return UV_EINVAL;
    c->flags = UV_INHERIT_FD;
    c->data.fd = js_int32_value(fd);
    return 0;
  }
  /* Node's own sync runner aborts on 'overlapped'; on Unix it is an ordinary pipe. */
  if (!type_is(js, type, "pipe") && !type_is(js, type, "overlapped")) return UV_EINVAL;
  js_value readable = js_get_named(js, entry, "readable");
  js_value writable = readable ? js_get_named(js, entry, "writable") : NULL;
  js_value input = writable ? js_get_named(js, entry, "input") : NULL;
  if (!input) return 1;
  sync_pipe *p = calloc(1, sizeof *p);
  if (!p) return UV_ENOMEM;
  p->r = r;
  p->readable = js_to_bool(readable);
  p->writable = js_to_bool(writable);
  if (p->readable && !js_is(input, JS_IS_NULL_OR_UNDEFINED)) {
    uint8_t *data;
    if (!js_is(input, JS_IS_ARRAY_BUFFER_VIEW) || js_bytes(input, &data, &p->input_len)) {
      free(p);
      return UV_EINVAL;
    }
    p->input = data;
  }
  uv_pipe_init(&r->loop, &p->handle, 0);
  p->handle.data = p;
  r->pipes[i] = p;
  c->flags = UV_CREATE_PIPE | (p->readable ? UV_READABLE_PIPE : 0) |
             (p->writable ? UV_WRITABLE_PIPE : 0);
  c->data.stream = (uv_stream_t *)&p->handle;
  return 0;
}

/* -- the result -- */

static void free_output(void *data, size_t len, void *hint) {
  (void)len;
  (void)hint;
  free(data);
}

/* The pipe's output as a Uint8Array; its memory passes to the ArrayBuffer. */
static js_value take_output(js_env *js, sync_pipe *p) {
  js_value ab;
  size_t len = p->out_len;
  if (len == 0) {
    void *unused;
    ab = js_array_buffer_new(js, 0, &unused);
  } else {
    char *data = realloc(p->out, len);
    if (data) p->out = data;
    ab = js_array_buffer_external(js, p->out, len, free_output, NULL);
    p->out = NULL;
  }
  return js_typed_array_new(js, JS_UINT8, ab, 0, len);
}

/* Node's shape: {error?, status, signal, output, pid}. */
static js_value build_result(js_env *js, runner *r) {
  js_value result = js_object_new(js);
  int error = r->error ? r->error : r->pipe_error;
  if (error) js_set_named(js, result, "error", js_int32(js, error));
  int by_signal = r->exited && r->term_signal > 0;
  js_set_named(js, result, "status", r->exited && !by_signal
                                         ? js_number(js, (double)r->exit_status)
                                         : js_null(js));
  js_set_named(js, result, "signal", by_signal
                                         ? js_string_utf8(js, signal_name(r->term_signal),
                                                          (size_t)-1)
                                         : js_null(js));
  js_value output = js_null(js);
  if (r->spawned) {
    output = js_array_new(js, (uint32_t)r->nstdio);
    for (int i = 0; i < r->nstdio; i++) {
      sync_pipe *p = r->pipes[i];
      js_set_index(js, output, (uint32_t)i, p && p->writable ? take_output(js, p) : js_null(js));
    }
  }
  js_set_named(js, result, "output", output);
  js_set_named(js, result, "pid", js_int32(js, r->spawned ? r->process.pid : 0));
  return result;
}

/* -- spawn -- */

static void runner_free(runner *r) {
  for (int i = 0; i < r->nstdio; i++) {
    if (!r->pipes[i]) continue;
    free(r->pipes[i]->out);
    free(r->pipes[i]);
  }
  free(r->pipes);
  free(r->stdio);
}

/* Closes what is still open and runs the loop until every handle is gone. */
static void runner_finish(runner *r) {
  if (r->process_init && !uv_is_closing((uv_handle_t *)&r->process))
    uv_close((uv_handle_t *)&r->process, NULL);
  for (int i = 0; i < r->nstdio; i++)
    if (r->pipes[i]) pipe_close(r->pipes[i]);
  if (!uv_is_closing((uv_handle_t *)&r->timer)) uv_close((uv_handle_t *)&r->timer, NULL);
  uv_run(&r->loop, UV_RUN_DEFAULT);
  uv_loop_close(&r->loop);
}

/* spawn(options) -> {error?, status, signal, output, pid}. options: file, args, cwd,
 * envPairs, uid, gid, detached, timeout, maxBuffer, killSignal, stdio (see parse_stdio). */
static js_value spawn_sync_spawn(js_env *js, js_call *call) {
  js_value opts = js_arg(call, 0);
  if (!js_is(opts, JS_IS_OBJECT)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "options must be an object");
    return NULL;
  }
  runner r;
  memset(&r, 0, sizeof r);
  uv_process_options_t po;
  memset(&po, 0, sizeof po);
  char *file = NULL, *cwd = NULL, **args = NULL, **env = NULL;
  js_value result = NULL;
  int err = uv_loop_init(&r.loop);
  if (err < 0) {
    r.error = err;
    return build_result(js, &r);
  }
  uv_timer_init(&r.loop, &r.timer);
  r.timer.data = &r;
  r.process.data = &r;
  r.kill_signal = SIGTERM;

  js_value v;
  if (string_option(js, opts, "file", &file) || string_option(js, opts, "cwd", &cwd) ||
      !(v = js_get_named(js, opts, "args")) || string_array(js, v, &args) ||
      !(v = js_get_named(js, opts, "envPairs")) || string_array(js, v, &env))
    goto threw;
  if (!file || !args || !args[0]) {
    err = UV_EINVAL;
    goto finish;
  }
  if (!(v = js_get_named(js, opts, "timeout"))) goto threw;
  if (js_is(v, JS_IS_NUMBER) && js_number_value(v) >= 1) {
    double ms = js_number_value(v);
    r.timeout = ms < 1.8e19 ? (uint64_t)ms : UINT64_MAX;  /* libuv clamps what overflows */
  }
  if (!(v = js_get_named(js, opts, "maxBuffer"))) goto threw;
  if (js_is(v, JS_IS_NUMBER) && js_number_value(v) > 0) r.max_buffer = js_number_value(v);
  if (!(v = js_get_named(js, opts, "killSignal"))) goto threw;
  if (js_is(v, JS_IS_INT32)) r.kill_signal = js_int32_value(v);
  if (spawn_options_identity(js, opts, &po) != 0) goto threw;

  js_value stdio = js_get_named(js, opts, "stdio");
  if (!stdio) goto threw;
  int n = js_is(stdio, JS_IS_ARRAY) ? (int)js_array_length(stdio) : 0;
  r.pipes = calloc((size_t)n + 1, sizeof *r.pipes);
  r.stdio = calloc((size_t)n + 1, sizeof *r.stdio);
  if (!r.pipes || !r.stdio) {
    err = UV_ENOMEM;
    goto finish;
  }
  for (int i = 0; i < n; i++) {
    js_value entry = js_get_index(js, stdio, (uint32_t)i);
    if (!entry) goto threw;
    r.nstdio = i + 1;
    err = parse_stdio(js, &r, i, entry);
    if (err == 1) goto threw;
    if (err < 0) goto finish;
  }

  po.exit_cb = exit_cb;
  po.file = file;
  po.args = args;
  po.env = env;
  po.cwd = cwd;
  po.stdio = r.stdio;
  po.stdio_count = r.nstdio;
  r.process_init = 1;  /* uv_spawn initializes the handle even when it fails */
  err = uv_spawn(&r.loop, &r.process, &po);
  if (err < 0) goto finish;
  r.spawned = 1;
  if (r.timeout > 0) {
    uv_timer_start(&r.timer, timer_cb, r.timeout, 0);
    uv_unref((uv_handle_t *)&r.timer);  /* the child and its pipes keep the loop alive */
  }
  for (int i = 0; i < r.nstdio; i++)
    if (r.pipes[i]) pipe_start(r.pipes[i]);
  uv_run(&r.loop, UV_RUN_DEFAULT);
  err = 0;

finish:  /* err: why the child could not run, or 0 */
  set_error(&r.error, err);
  runner_finish(&r);
  result = build_result(js, &r);
  goto out;
threw:  /* an exception is pending; no result */
  runner_finish(&r);
out:
  runner_free(&r);
  free(file);
  free(cwd);
  free_strings(args);
  free_strings(env);
  return result;
}

static const js_method spawn_sync_methods[] = {
  {"spawn", spawn_sync_spawn, 1},
};

js_value binding_init_spawn_sync(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, spawn_sync_methods, ARRAY_SIZE(spawn_sync_methods));
  return b;
}
