/* fs.c -- internalBinding('fs'): the file system calls lib/ needs. Sync calls return a result
 * or a negative libuv code; lib/ builds the error (lib/internal/errors.js uvException). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* A path argument as a NUL-terminated string; lib/ has validated its type. */
static int path_arg(js_env *js, js_call *call, int i, js_utf8 *out) {
  return js_utf8_init(js, js_arg(call, i), out);
}

static js_value fs_internal_module_stat(js_env *js, js_call *call) {
  js_utf8 path;
  if (path_arg(js, call, 0, &path)) return NULL;
  struct stat st;
  int r = stat(path.str, &st);
  js_utf8_free(&path);
  if (r) return js_int32(js, uv_translate_sys_error(errno));
  return js_int32(js, S_ISDIR(st.st_mode) ? 1 : 0);
}

/* Reads a whole file; *len gets its size. NULL with *err set on failure. */
static char *read_whole_file(const char *path, size_t *len, int *err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *err = uv_translate_sys_error(errno);
    return NULL;
  }
  struct stat st;
  size_t cap = (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
                   ? (size_t)st.st_size + 1 : 8192;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    *err = UV_EISDIR;
    return NULL;
  }
  char *buf = malloc(cap);
  size_t n = 0;
  for (;;) {
    if (n == cap) {
      cap *= 2;
      char *nb = realloc(buf, cap);
      if (!nb) {
        free(buf);
        close(fd);
        *err = UV_ENOMEM;
        return NULL;
      }
      buf = nb;
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      *err = uv_translate_sys_error(errno);
      free(buf);
      close(fd);
      return NULL;
    }
    if (r == 0) break;
    n += (size_t)r;
  }
  close(fd);
  *len = n;
  return buf;
}

static js_value fs_read_file_utf8(js_env *js, js_call *call) {
  js_utf8 path;
  if (path_arg(js, call, 0, &path)) return NULL;
  size_t len = 0;
  int err = 0;
  char *data = read_whole_file(path.str, &len, &err);
  js_utf8_free(&path);
  if (!data) return js_int32(js, err);
  js_value s = js_string_utf8(js, data, len);
  free(data);
  if (!s) js_throw_error(js, "ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x1fffffe8 characters");
  return s;
}

static js_value fs_realpath(js_env *js, js_call *call) {
  js_utf8 path;
  if (path_arg(js, call, 0, &path)) return NULL;
  char *r = realpath(path.str, NULL);
  int err = r ? 0 : uv_translate_sys_error(errno);
  js_utf8_free(&path);
  if (!r) return js_int32(js, err);
  js_value s = js_string_utf8(js, r, (size_t)-1);
  free(r);
  return s;
}

/* Writes all of buf to fd, waiting when fd is non-blocking: stdio writes are synchronous on
 * Linux (files, pipes and TTYs), as Node documents. */
static int write_all(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = { fd, POLLOUT, 0 };
        poll(&p, 1, -1);
        continue;
      }
      return uv_translate_sys_error(errno);
    }
    buf += n;
    len -= (size_t)n;
  }
  return 0;
}

static js_value fs_write_string_sync(js_env *js, js_call *call) {
  int fd = js_int32_value(js_arg(call, 0));
  js_value s = js_arg(call, 1);
  if (!js_is(s, JS_IS_STRING)) return js_int32(js, UV_EINVAL);
  char stack_buf[8192];
  size_t max = js_string_length(s) * 3;
  char *buf = max <= sizeof stack_buf ? stack_buf : malloc(max);
  if (!buf) return js_int32(js, UV_ENOMEM);
  size_t n = js_string_write_utf8(js, s, buf, max);
  int r = write_all(fd, buf, n);
  if (buf != stack_buf) free(buf);
  return js_int32(js, r ? r : (int32_t)n);
}

static js_value fs_write_buffer_sync(js_env *js, js_call *call) {
  int fd = js_int32_value(js_arg(call, 0));
  uint8_t *data;
  size_t len;
  if (js_bytes(js_arg(call, 1), &data, &len)) return js_int32(js, UV_EINVAL);
  int r = write_all(fd, (const char *)data, len);
  return js_int32(js, r ? r : (int32_t)len);
}

static const js_method fs_methods[] = {
  {"internalModuleStat", fs_internal_module_stat, 1},
  {"readFileUtf8", fs_read_file_utf8, 1},
  {"realpath", fs_realpath, 1},
  {"writeBufferSync", fs_write_buffer_sync, 2},
  {"writeStringSync", fs_write_string_sync, 2},
};

js_value binding_init_fs(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, fs_methods, ARRAY_SIZE(fs_methods));
  return b;
}
