/* tty_wrap.c -- internalBinding('tty_wrap'): terminal checks and sizes for process.stdout and
 * the tty module (lib/internal/process/stdio.js). */
#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "internal.h"

static js_value tty_is_tty(js_env *js, js_call *call) {
  js_value fd = js_arg(call, 0);
  if (!js_is(fd, JS_IS_INT32) || js_int32_value(fd) < 0) return js_boolean(js, 0);
  return js_boolean(js, uv_guess_handle(js_int32_value(fd)) == UV_TTY);
}

/* getWindowSize(fd, [cols, rows]) -> 0 or a negative libuv code. */
static js_value tty_get_window_size(js_env *js, js_call *call) {
  js_value fd = js_arg(call, 0), out = js_arg(call, 1);
  if (!js_is(fd, JS_IS_INT32) || !js_is(out, JS_IS_ARRAY)) return js_int32(js, UV_EINVAL);
  struct winsize ws;
  if (ioctl(js_int32_value(fd), TIOCGWINSZ, &ws)) return js_int32(js, uv_translate_sys_error(errno));
  int w = ws.ws_col, h = ws.ws_row;
  js_set_index(js, out, 0, js_int32(js, w));
  js_set_index(js, out, 1, js_int32(js, h));
  return js_int32(js, 0);
}

static const js_method tty_methods[] = {
  {"getWindowSize", tty_get_window_size, 2},
  {"isTTY", tty_is_tty, 1},
};

js_value binding_init_tty_wrap(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, tty_methods, ARRAY_SIZE(tty_methods));
  return b;
}
