/* tty_wrap.c -- internalBinding('tty_wrap'): terminal handles (the TTY stream class, raw mode,
 * window size) for lib/tty.js and process.stdio (lib/internal/process/stdio.js), and the
 * saving and restoring of the standard descriptors' modes around the process's life. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "internal.h"

typedef struct {
  stream_wrap s;         /* first: the allocation starts with the handle_wrap */
  uv_tty_t tty;
} tty_wrap;

static tty_wrap *tty_this(js_call *call) { return (tty_wrap *)handle_wrap_this(call); }

static js_value tty_is_tty(js_env *js, js_call *call) {
  js_value fd = js_arg(call, 0);
  if (!js_is(fd, JS_IS_INT32) || js_int32_value(fd) < 0) return js_boolean(js, 0);
  return js_boolean(js, uv_guess_handle(js_int32_value(fd)) == UV_TTY);
}

/* new TTY(fd, ctx): a failed uv_tty_init is reported in ctx (errno, code, message, syscall),
 * which lib/tty.js turns into ERR_TTY_INIT_FAILED, as Node does. */
static js_value tty_new(js_env *js, js_call *call) {
  js_value self = js_this(call);
  js_value fd = js_arg(call, 0), ctx = js_arg(call, 1);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED) || !js_is(fd, JS_IS_INT32) ||
      js_int32_value(fd) < 0 || !js_is(ctx, JS_IS_OBJECT)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "new TTY(fd, ctx): fd must be a descriptor");
    return NULL;
  }
  js_wrap(self, NULL);
  node_env *env = env_of(js);
  tty_wrap *t = malloc(sizeof *t);
  if (!t) {
    js_throw_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  int err = uv_tty_init(env->loop, &t->tty, js_int32_value(fd), 0);
  if (err) {
    free(t);
    js_set_named(js, ctx, "errno", js_int32(js, err));
    js_set_named(js, ctx, "code", js_string_utf8(js, uv_err_name(err), (size_t)-1));
    js_set_named(js, ctx, "message", js_string_utf8(js, uv_strerror(err), (size_t)-1));
    js_set_named(js, ctx, "syscall", js_string_intern(js, "uv_tty_init"));
    return NULL;
  }
  stream_wrap_init(&t->s, env, self, (uv_stream_t *)&t->tty);
  t->s.new_peer = NULL;
  return NULL;
}

/* getWindowSize([cols, rows]) -> 0 or a negative libuv code. */
static js_value tty_get_window_size(js_env *js, js_call *call) {
  tty_wrap *t = tty_this(call);
  js_value out = js_arg(call, 0);
  if (!t) return js_int32(js, UV_EBADF);
  if (!js_is(out, JS_IS_ARRAY)) return js_int32(js, UV_EINVAL);
  int w, h;
  int err = uv_tty_get_winsize(&t->tty, &w, &h);
  if (err) return js_int32(js, err);
  js_set_index(js, out, 0, js_int32(js, w));
  js_set_index(js, out, 1, js_int32(js, h));
  return js_int32(js, 0);
}

/* setRawMode(flag) -> 0 or a negative libuv code. */
static js_value tty_set_raw_mode(js_env *js, js_call *call) {
  tty_wrap *t = tty_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  int mode = js_to_bool(js_arg(call, 0)) ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL;
  return js_int32(js, uv_tty_set_mode(&t->tty, mode));
}

/* setBlocking(flag): terminal writes are synchronous in Node (tty.WriteStream sets this). */
static js_value tty_set_blocking(js_env *js, js_call *call) {
  tty_wrap *t = tty_this(call);
  if (!t) return js_int32(js, UV_EBADF);
  return js_int32(js, uv_stream_set_blocking((uv_stream_t *)&t->tty, js_to_bool(js_arg(call, 0))));
}

/* -- the standard descriptors --
 * libuv makes the descriptors it opens non-blocking, and raw mode changes the terminal: both
 * are properties of the open file shared with the parent (the shell), so they are put back as
 * they were at exit, and on the signals that end the process by default. */

typedef struct {
  int flags;                     /* F_GETFL at start-up, -1 when unknown */
  int is_tty;
  struct termios mode;
} saved_stdio;

static saved_stdio stdio_saved[3];

void tty_wrap_save_stdio(void) {
  for (int fd = 0; fd < 3; fd++) {
    /* As Node: a standard descriptor the parent closed is /dev/null, so that nothing else
     * opened later takes its number and gets the process's output. */
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      int null_fd = open("/dev/null", O_RDWR);
      if (null_fd >= 0 && null_fd != fd) {
        dup2(null_fd, fd);
        close(null_fd);
      }
    }
    saved_stdio *s = &stdio_saved[fd];
    do s->flags = fcntl(fd, F_GETFL);
    while (s->flags == -1 && errno == EINTR);
    s->is_tty = s->flags != -1 && tcgetattr(fd, &s->mode) == 0;
  }
}

/* Async-signal-safe: it runs in the signal handler below too. */
void tty_wrap_reset_stdio(void) {
  uv_tty_reset_mode();
  for (int fd = 0; fd < 3; fd++) {
    saved_stdio *s = &stdio_saved[fd];
    if (s->flags == -1) continue;
    int now = fcntl(fd, F_GETFL);
    if (now != -1 && (now & O_NONBLOCK) != (s->flags & O_NONBLOCK))
      fcntl(fd, F_SETFL, (now & ~O_NONBLOCK) | (s->flags & O_NONBLOCK));
    if (s->is_tty) {
      /* tcsetattr from a background process group would stop it with SIGTTOU */
      sigset_t block, old;
      sigemptyset(&block);
      sigaddset(&block, SIGTTOU);
      pthread_sigmask(SIG_BLOCK, &block, &old);
      int r;
      do r = tcsetattr(fd, TCSANOW, &s->mode);
      while (r == -1 && errno == EINTR);
      pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
  }
}

static const js_method tty_methods[] = {
  {"getWindowSize", tty_get_window_size, 1},
  {"setBlocking", tty_set_blocking, 1},
  {"setRawMode", tty_set_raw_mode, 1},
};

static js_method tty_all_methods[ARRAY_SIZE(tty_methods) + HANDLE_WRAP_METHODS +
                                 STREAM_WRAP_METHODS];
static js_method tty_all_getters[STREAM_WRAP_GETTERS];

static const js_method tty_binding_methods[] = {
  {"isTTY", tty_is_tty, 1},
};

js_value binding_init_tty_wrap(node_env *env) {
  js_env *js = env->js;
  js_value cls = stream_wrap_class_new(env, "TTY", tty_new, tty_methods, ARRAY_SIZE(tty_methods),
                                       tty_all_methods, tty_all_getters);
  if (!cls) return NULL;
  js_value b = js_object_new(js);
  js_set_methods(js, b, tty_binding_methods, ARRAY_SIZE(tty_binding_methods));
  js_set_named(js, b, "TTY", cls);
  return b;
}
