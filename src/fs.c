/* fs.c -- internalBinding('fs'): the file system on libuv for lib/fs.js, lib/internal/fs/
 * and the module loader. A call given a request object as its `req` argument runs on the thread
 * pool and ends in req.oncomplete(err, value); without one it runs inline and returns the value
 * or a negative libuv code. lib/ builds the errors (lib/internal/fs/utils.js). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

/* Text at least this long is read into a string that keeps the read's memory (no copy). */
#define EXTERNAL_STRING_MIN (64 * 1024)
/* Node's kIoMaxLength: a file larger than this is not read into one buffer. */
#define IO_MAX_LENGTH 2147483647
/* Keep in sync with lib/internal/fs/utils.js (getStatsFromBinding, getStatFsFromBinding). */
#define STAT_FIELDS 18
#define STATFS_FIELDS 7

/* The arrays synchronous stat calls fill (one isolate per process), handed back to JS so that
 * statSync allocates nothing but its Stats object. */
static js_ref *stat_values_ref, *bigint_stat_values_ref;
static double *stat_values;
static int64_t *bigint_stat_values;
static js_ref *dir_handle_class;

/* -- arguments -- */

/* A path given as a string or as bytes (a Buffer), NUL-terminated. UV_EINVAL for anything else:
 * lib/ has validated it, and C must not run user code converting it. */
static int path_get(js_env *js, js_value v, js_utf8 *out) {
  out->str = out->inline_buf;
  out->len = 0;
  out->inline_buf[0] = 0;
  if (js_is(v, JS_IS_STRING)) return js_utf8_init(js, v, out) ? UV_EINVAL : 0;
  uint8_t *data;
  size_t len;
  if (!js_is(v, JS_IS_ARRAY_BUFFER_VIEW) || js_bytes(v, &data, &len)) return UV_EINVAL;
  if (len + 1 > sizeof out->inline_buf) {
    out->str = malloc(len + 1);
    if (!out->str) {
      out->str = out->inline_buf;
      return UV_ENOMEM;
    }
  }
  if (len) memcpy(out->str, data, len);
  out->str[len] = 0;
  out->len = len;
  return 0;
}

static int int_arg(js_call *call, int i, int def) {
  js_value v = js_arg(call, i);
  return js_is(v, JS_IS_NUMBER) ? js_int32_value(v) : def;
}

/* A flag: only `true` is true, as in Node's bindings. */
static int flag_arg(js_call *call, int i) {
  js_value v = js_arg(call, i);
  return js_is(v, JS_IS_BOOLEAN) && js_to_bool(v);
}

static double double_arg(js_call *call, int i) {
  js_value v = js_arg(call, i);
  return js_is(v, JS_IS_NUMBER) ? js_number_value(v) : 0;
}

/* A file position: a number or a bigint; anything else (null, -1) means the current one. */
static int64_t position_arg(js_call *call, int i) {
  js_value v = js_arg(call, i);
  if (js_is(v, JS_IS_BIGINT)) return js_bigint_int64(v, NULL);
  if (js_is(v, JS_IS_NUMBER)) {
    double d = js_number_value(v);
    return d >= 0 && d <= 9007199254740991.0 ? (int64_t)d : -1;
  }
  return -1;
}

/* -- requests -- */

typedef enum {
  FS_UNDEFINED,
  FS_NUMBER,     /* the result itself: an fd or a byte count */
  FS_STAT,
  FS_STATFS,
  FS_PTR_NAME,   /* readlink, realpath: the name in req.ptr */
  FS_PATH_NAME,  /* mkdtemp: the name in req.path */
  FS_SCANDIR,
  FS_DIR,        /* opendir: a DirHandle */
  FS_DIRENTS,    /* DirHandle read: [name, type, ...] or null at the end */
  FS_FILE,       /* readFile: the contents */
  FS_MKDIRP      /* recursive mkdir: the first directory made, or undefined */
} fs_result;

typedef struct dir_handle {
  uv_loop_t *loop;
  uv_dir_t *dir;      /* NULL once closed */
  js_ref *self;       /* weak: closes and frees the handle when JS drops it */
  int busy;           /* an operation is in flight */
  uv_dirent_t *ents;
} dir_handle;

typedef struct fs_req fs_req;
struct fs_req {
  uv_fs_t fs;
  uv_work_t work;
  node_env *env;
  js_ref *self;          /* the JS request; NULL for a synchronous call */
  js_ref *keep;          /* a buffer or handle the operation uses, kept alive meanwhile */
  fs_result kind;
  ssize_t result;
  int bigint, as_buffer, with_types, utf8, flush;
  dir_handle *dir;
  /* operations of several steps: run inline, or on the pool through uv_queue_work */
  int (*run)(fs_req *r);
  const char *syscall;   /* the step that failed */
  char *path;            /* owned copy */
  uv_file fd;
  int flags, mode;
  char *data;            /* bytes read, or to write */
  size_t len;
  int own_data;          /* data is malloc'd by the request */
  uint64_t too_large;    /* readFile: the size of a file over IO_MAX_LENGTH */
};

static void after_fs(uv_fs_t *fs);
static void after_work(uv_work_t *work, int status);

/* The request of a call whose request object is argument i: a heap one when it is an object
 * (asynchronous), else `sync`. */
static fs_req *req_begin(js_env *js, js_call *call, int i, fs_req *sync, fs_result kind) {
  js_value obj = js_arg(call, i);
  fs_req *r = sync;
  if (js_is(obj, JS_IS_OBJECT)) {
    r = malloc(sizeof *r);
    if (!r) return NULL;
  }
  memset(r, 0, sizeof *r);
  r->env = env_of(js);
  r->kind = kind;
  r->fd = -1;
  if (r != sync) {
    r->self = js_ref_new(js, obj);
    env_capture_async_context(r->env, obj);
  }
  return r;
}

static uv_fs_cb req_cb(fs_req *r) { return r->self ? after_fs : NULL; }

static void req_free(fs_req *r) {
  uv_fs_req_cleanup(&r->fs);
  if (r->own_data) free(r->data);
  free(r->path);
  if (r->keep) js_ref_free(r->keep);
  if (r->self) {
    js_ref_free(r->self);
    free(r);
  }
}

static void noop_work(uv_work_t *work) { (void)work; }

static js_value bytes_value(js_env *js, const char *s, size_t len) {
  void *data;
  js_value ab = js_array_buffer_new_uninit(js, len, &data);
  if (!ab) return NULL;
  if (len) memcpy(data, s, len);
  return js_typed_array_new(js, JS_UINT8, ab, 0, len);
}

/* A file name: most are ASCII, which V8 takes fastest as one-byte characters. */
static js_value name_value(js_env *js, const char *s, size_t len, int as_buffer) {
  if (as_buffer) return bytes_value(js, s, len);
  if (buffer_ascii_prefix((const uint8_t *)s, len) == len) return js_string_latin1(js, s, len);
  return js_string_utf8(js, s, len);
}

void fs_fill_stat(double *out, const uv_stat_t *s) {
  out[0] = (double)s->st_dev;
  out[1] = (double)s->st_mode;
  out[2] = (double)s->st_nlink;
  out[3] = (double)s->st_uid;
  out[4] = (double)s->st_gid;
  out[5] = (double)s->st_rdev;
  out[6] = (double)s->st_blksize;
  out[7] = (double)s->st_ino;
  out[8] = (double)s->st_size;
  out[9] = (double)s->st_blocks;
  out[10] = (double)s->st_atim.tv_sec;
  out[11] = (double)s->st_atim.tv_nsec;
  out[12] = (double)s->st_mtim.tv_sec;
  out[13] = (double)s->st_mtim.tv_nsec;
  out[14] = (double)s->st_ctim.tv_sec;
  out[15] = (double)s->st_ctim.tv_nsec;
  out[16] = (double)s->st_birthtim.tv_sec;
  out[17] = (double)s->st_birthtim.tv_nsec;
}

/* BigInt stats hold each time as nanoseconds then milliseconds (truncated, as BigInt division
 * does), so that JS does no BigInt arithmetic. */
static void fill_time_bigint(int64_t *out, const uv_timespec_t *t) {
  out[0] = (int64_t)t->tv_sec * 1000000000 + (int64_t)t->tv_nsec;
  out[1] = out[0] / 1000000;
}

void fs_fill_stat_bigint(int64_t *out, const uv_stat_t *s) {
  out[0] = (int64_t)s->st_dev;
  out[1] = (int64_t)s->st_mode;
  out[2] = (int64_t)s->st_nlink;
  out[3] = (int64_t)s->st_uid;
  out[4] = (int64_t)s->st_gid;
  out[5] = (int64_t)s->st_rdev;
  out[6] = (int64_t)s->st_blksize;
  out[7] = (int64_t)s->st_ino;
  out[8] = (int64_t)s->st_size;
  out[9] = (int64_t)s->st_blocks;
  fill_time_bigint(out + 10, &s->st_atim);
  fill_time_bigint(out + 12, &s->st_mtim);
  fill_time_bigint(out + 14, &s->st_ctim);
  fill_time_bigint(out + 16, &s->st_birthtim);
}

/* Stats of a synchronous call go to the shared arrays; an asynchronous one gets its own. */
static js_value stat_value(js_env *js, fs_req *r, const uv_stat_t *s) {
  void *data;
  if (!r->self) {
    if (r->bigint) {
      fs_fill_stat_bigint(bigint_stat_values, s);
      return js_ref_get(js, bigint_stat_values_ref);
    }
    fs_fill_stat(stat_values, s);
    return js_ref_get(js, stat_values_ref);
  }
  js_value ab = js_array_buffer_new(js, STAT_FIELDS * 8, &data);
  if (r->bigint) {
    fs_fill_stat_bigint(data, s);
    return js_typed_array_new(js, JS_BIGINT64, ab, 0, STAT_FIELDS);
  }
  fs_fill_stat(data, s);
  return js_typed_array_new(js, JS_FLOAT64, ab, 0, STAT_FIELDS);
}

static js_value statfs_value(js_env *js, fs_req *r, const uv_statfs_t *s) {
  void *data;
  js_value ab = js_array_buffer_new(js, STATFS_FIELDS * 8, &data);
  uint64_t v[STATFS_FIELDS] = { s->f_type, s->f_bsize, s->f_blocks, s->f_bfree,
                                s->f_bavail, s->f_files, s->f_ffree };
  for (int i = 0; i < STATFS_FIELDS; i++) {
    if (r->bigint) ((int64_t *)data)[i] = (int64_t)v[i];
    else ((double *)data)[i] = (double)v[i];
  }
  return js_typed_array_new(js, r->bigint ? JS_BIGINT64 : JS_FLOAT64, ab, 0, STATFS_FIELDS);
}

/* The entries as arrays made at once from their values (faster than element by element). */
static js_value scandir_value(js_env *js, fs_req *r) {
  size_t n = r->fs.result > 0 ? (size_t)r->fs.result : 0;
  js_value *items = malloc(sizeof *items * (n ? 2 * n : 1));
  if (!items) return NULL;
  js_value *types = items + n;
  uv_dirent_t ent;
  uint32_t i = 0;
  while (i < n && uv_fs_scandir_next(&r->fs, &ent) == 0) {
    js_value name = name_value(js, ent.name, strlen(ent.name), r->as_buffer);
    if (!name) {
      free(items);
      return NULL;
    }
    items[i] = name;
    if (r->with_types) types[i] = js_int32(js, ent.type);
    i++;
  }
  js_value names = js_array_from(js, items, i);
  if (!r->with_types) {
    free(items);
    return names;
  }
  js_value pair[2] = { names, js_array_from(js, types, i) };
  free(items);
  return js_array_from(js, pair, 2);
}

static js_value dirents_value(js_env *js, fs_req *r) {
  uv_dir_t *dir = r->fs.ptr;
  if (r->result == 0) return js_null(js);
  js_value out = js_array_new(js, (uint32_t)r->result * 2);
  for (ssize_t i = 0; i < r->result; i++) {
    const uv_dirent_t *ent = &dir->dirents[i];
    js_value name = name_value(js, ent->name, strlen(ent->name), r->as_buffer);
    if (!name) return NULL;
    js_set_index(js, out, (uint32_t)(2 * i), name);
    js_set_index(js, out, (uint32_t)(2 * i + 1), js_int32(js, ent->type));
  }
  return out;
}

static void dir_handle_gc(void *data);
static void dir_handle_gc_close(dir_handle *d);

static js_value dir_value(js_env *js, fs_req *r) {
  dir_handle *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->loop = r->env->loop;
  d->dir = r->fs.ptr;
  js_value ext = js_external_new(js, d), obj;
  if (js_construct(js, js_ref_get(js, dir_handle_class), 1, &ext, &obj)) {
    dir_handle_gc_close(d);
    return NULL;
  }
  d->self = js_ref_new(js, obj);
  js_ref_set_weak(d->self, dir_handle_gc, d);
  r->fs.ptr = NULL;  /* the handle owns the directory now */
  return obj;
}

static void free_data(void *data, size_t len, void *hint) {
  (void)len;
  (void)hint;
  free(data);
}

static void free_chars(char *data, size_t len) {
  (void)len;
  free(data);
}

static js_value file_value(js_env *js, fs_req *r) {
  /* A file too large for one buffer: its size, for lib/'s ERR_FS_FILE_TOO_LARGE. */
  if (r->too_large) return js_number(js, (double)r->too_large);
  if (r->utf8) {
    if (r->len > js_string_max_length())
      return js_error_new(js, "Error", "ERR_STRING_TOO_LONG",
                          "Cannot create a string longer than 0x1fffffe8 characters");
    const uint8_t *bytes = (const uint8_t *)r->data;
    if (buffer_ascii_prefix(bytes, r->len) != r->len) return buffer_utf8_string(js, bytes, r->len);
    /* ASCII: the characters are the bytes; a large file's buffer becomes the string itself */
    if (r->len < EXTERNAL_STRING_MIN) return js_string_latin1(js, r->data, r->len);
    r->own_data = 0;
    return js_string_external_latin1(js, r->data, r->len, free_chars);
  }
  if (r->len == 0) return js_typed_array_new(js, JS_UINT8, js_array_buffer_new(js, 0, NULL), 0, 0);
  char *data = realloc(r->data, r->len);
  if (data) r->data = data;
  js_value ab = js_array_buffer_external(js, r->data, r->len, free_data, NULL);
  r->own_data = 0;
  return js_typed_array_new(js, JS_UINT8, ab, 0, r->len);
}

/* The value of a successful operation: NULL when it could not be made, an Error object when
 * the bytes do not fit in a string. */
static js_value req_value(js_env *js, fs_req *r) {
  switch (r->kind) {
    case FS_UNDEFINED: return js_undefined(js);
    case FS_NUMBER: return js_number(js, (double)r->result);
    case FS_STAT: return stat_value(js, r, &r->fs.statbuf);
    case FS_STATFS: return statfs_value(js, r, r->fs.ptr);
    case FS_PTR_NAME: return name_value(js, r->fs.ptr, strlen(r->fs.ptr), r->as_buffer);
    case FS_PATH_NAME: return name_value(js, r->fs.path, strlen(r->fs.path), r->as_buffer);
    case FS_SCANDIR: return scandir_value(js, r);
    case FS_DIR: return dir_value(js, r);
    case FS_DIRENTS: return dirents_value(js, r);
    case FS_FILE: return file_value(js, r);
    case FS_MKDIRP: return r->data ? name_value(js, r->data, r->len, r->as_buffer)
                                   : js_undefined(js);
  }
  return js_undefined(js);
}

static void req_done_dir(fs_req *r) {
  if (r->dir) r->dir->busy = 0;
}

/* Ends a call: a synchronous one returns its value or error code; an asynchronous one returns
 * undefined and reports later, even when libuv refused it at once. */
static js_value req_end(js_env *js, fs_req *r, int rc) {
  if (r->self) {
    if (rc < 0) {
      r->result = rc;
      r->run = NULL;
      uv_queue_work(r->env->loop, &r->work, noop_work, after_work);
    }
    return NULL;
  }
  r->result = rc < 0 ? rc : r->fs.result;
  req_done_dir(r);
  js_value v = r->result < 0 ? js_int32(js, (int32_t)r->result) : req_value(js, r);
  req_free(r);
  if (!v) v = js_int32(js, UV_ENOMEM);
  return v;
}

static void req_complete(fs_req *r) {
  js_env *js = r->env->js;
  js_scope scope;
  js_scope_open(js, &scope);
  req_done_dir(r);
  int argc = 1;
  js_value argv[3];
  if (r->result < 0) {
    argv[0] = js_int32(js, (int32_t)r->result);
    if (r->syscall) argv[argc++] = js_string_intern(js, r->syscall);
    /* an asynchronous mkdtemp's error names the last name tried, as Node's does */
    if (r->kind == FS_PATH_NAME && r->fs.path) {
      argv[argc++] = js_string_intern(js, "mkdtemp");
      argv[argc++] = js_string_utf8(js, r->fs.path, (size_t)-1);
    }
  } else {
    js_value v = req_value(js, r);
    if (!v) {
      argv[0] = js_int32(js, UV_ENOMEM);
    } else if (js_is(v, JS_IS_NATIVE_ERROR)) {
      argv[0] = v;
    } else {
      argv[0] = js_null(js);
      argv[argc++] = v;
    }
  }
  js_value self = js_ref_get(js, r->self);
  node_env *env = r->env;
  req_free(r);
  js_value fn = js_get_named(js, self, "oncomplete");
  if (fn && js_is(fn, JS_IS_FUNCTION)) env_make_callback(env, fn, self, argc, argv, NULL);
  js_scope_close(&scope);
}

static void after_fs(uv_fs_t *fs) {
  fs_req *r = container_of(fs, fs_req, fs);
  r->result = fs->result;
  req_complete(r);
}

static void run_work(uv_work_t *work) {
  fs_req *r = container_of(work, fs_req, work);
  r->result = r->run(r);
}

static void after_work(uv_work_t *work, int status) {
  fs_req *r = container_of(work, fs_req, work);
  if (status < 0) r->result = status;
  req_complete(r);
}

/* Runs an operation of several steps: inline, or on the pool. A failed synchronous one names
 * its failed step in ctx.syscall (the argument after the request). */
static js_value req_run(js_env *js, js_call *call, int req_index, fs_req *r) {
  if (r->self) {
    int rc = uv_queue_work(r->env->loop, &r->work, run_work, after_work);
    if (rc < 0) return req_end(js, r, rc);
    return NULL;
  }
  r->result = r->run(r);
  js_value v;
  if (r->result < 0) {
    v = js_int32(js, (int32_t)r->result);
    js_value ctx = js_arg(call, req_index + 1);
    if (r->syscall && js_is(ctx, JS_IS_OBJECT))
      js_set_named(js, ctx, "syscall", js_string_intern(js, r->syscall));
  } else {
    v = req_value(js, r);
    if (v && js_is(v, JS_IS_NATIVE_ERROR)) {
      js_throw(js, v);
      v = NULL;
    } else if (!v) {
      v = js_int32(js, UV_ENOMEM);
    }
  }
  req_free(r);
  return v;
}

/* -- single calls -- */

/* Declares `r` for the call, with the request object at argument `ri`. */
#define REQ(ri, kind)                                              \
  fs_req sync_req;                                                 \
  fs_req *r = req_begin(js, call, (ri), &sync_req, (kind));        \
  if (!r) return js_int32(js, UV_ENOMEM)

/* A call on one path argument (index 0); libuv copies the path when it must outlive the call. */
#define PATH_CALL(ri, kind, expr)                                  \
  REQ(ri, kind);                                                   \
  js_utf8 path;                                                    \
  int rc = path_get(js, js_arg(call, 0), &path);                   \
  if (rc == 0) rc = (expr);                                        \
  js_utf8_free(&path);                                             \
  return req_end(js, r, rc)

#define LOOP (r->env->loop)

static js_value fs_access(js_env *js, js_call *call) {
  PATH_CALL(2, FS_UNDEFINED,
            uv_fs_access(LOOP, &r->fs, path.str, int_arg(call, 1, 0), req_cb(r)));
}

static js_value fs_open(js_env *js, js_call *call) {
  PATH_CALL(3, FS_NUMBER,
            uv_fs_open(LOOP, &r->fs, path.str, int_arg(call, 1, 0), int_arg(call, 2, 0666),
                       req_cb(r)));
}

static js_value fs_close(js_env *js, js_call *call) {
  REQ(1, FS_UNDEFINED);
  return req_end(js, r, uv_fs_close(LOOP, &r->fs, int_arg(call, 0, -1), req_cb(r)));
}

static js_value fs_chmod(js_env *js, js_call *call) {
  PATH_CALL(2, FS_UNDEFINED,
            uv_fs_chmod(LOOP, &r->fs, path.str, int_arg(call, 1, 0), req_cb(r)));
}

static js_value fs_fchmod(js_env *js, js_call *call) {
  REQ(2, FS_UNDEFINED);
  return req_end(js, r, uv_fs_fchmod(LOOP, &r->fs, int_arg(call, 0, -1), int_arg(call, 1, 0),
                                     req_cb(r)));
}

/* uid and gid arrive as numbers from -1 (unchanged) to 2^32 - 1. */
static uv_uid_t id_arg(js_call *call, int i) {
  js_value v = js_arg(call, i);
  return js_is(v, JS_IS_NUMBER) ? (uv_uid_t)js_uint32_value(v) : (uv_uid_t)-1;
}

static js_value fs_chown(js_env *js, js_call *call) {
  PATH_CALL(3, FS_UNDEFINED,
            uv_fs_chown(LOOP, &r->fs, path.str, id_arg(call, 1), id_arg(call, 2), req_cb(r)));
}

static js_value fs_lchown(js_env *js, js_call *call) {
  PATH_CALL(3, FS_UNDEFINED,
            uv_fs_lchown(LOOP, &r->fs, path.str, id_arg(call, 1), id_arg(call, 2), req_cb(r)));
}

static js_value fs_fchown(js_env *js, js_call *call) {
  REQ(3, FS_UNDEFINED);
  return req_end(js, r, uv_fs_fchown(LOOP, &r->fs, int_arg(call, 0, -1), id_arg(call, 1),
                                     id_arg(call, 2), req_cb(r)));
}

static js_value fs_utimes(js_env *js, js_call *call) {
  PATH_CALL(3, FS_UNDEFINED,
            uv_fs_utime(LOOP, &r->fs, path.str, double_arg(call, 1), double_arg(call, 2),
                        req_cb(r)));
}

static js_value fs_lutimes(js_env *js, js_call *call) {
  PATH_CALL(3, FS_UNDEFINED,
            uv_fs_lutime(LOOP, &r->fs, path.str, double_arg(call, 1), double_arg(call, 2),
                         req_cb(r)));
}

static js_value fs_futimes(js_env *js, js_call *call) {
  REQ(3, FS_UNDEFINED);
  return req_end(js, r, uv_fs_futime(LOOP, &r->fs, int_arg(call, 0, -1), double_arg(call, 1),
                                     double_arg(call, 2), req_cb(r)));
}

static js_value fs_fsync(js_env *js, js_call *call) {
  REQ(1, FS_UNDEFINED);
  return req_end(js, r, uv_fs_fsync(LOOP, &r->fs, int_arg(call, 0, -1), req_cb(r)));
}

static js_value fs_fdatasync(js_env *js, js_call *call) {
  REQ(1, FS_UNDEFINED);
  return req_end(js, r, uv_fs_fdatasync(LOOP, &r->fs, int_arg(call, 0, -1), req_cb(r)));
}

static js_value fs_ftruncate(js_env *js, js_call *call) {
  REQ(2, FS_UNDEFINED);
  int64_t len = position_arg(call, 1);
  return req_end(js, r, uv_fs_ftruncate(LOOP, &r->fs, int_arg(call, 0, -1), len < 0 ? 0 : len,
                                        req_cb(r)));
}

static js_value fs_rmdir(js_env *js, js_call *call) {
  PATH_CALL(1, FS_UNDEFINED, uv_fs_rmdir(LOOP, &r->fs, path.str, req_cb(r)));
}

static js_value fs_unlink(js_env *js, js_call *call) {
  PATH_CALL(1, FS_UNDEFINED, uv_fs_unlink(LOOP, &r->fs, path.str, req_cb(r)));
}

static js_value fs_stat(js_env *js, js_call *call) {
  PATH_CALL(2, FS_STAT, (r->bigint = flag_arg(call, 1),
                         uv_fs_stat(LOOP, &r->fs, path.str, req_cb(r))));
}

static js_value fs_lstat(js_env *js, js_call *call) {
  PATH_CALL(2, FS_STAT, (r->bigint = flag_arg(call, 1),
                         uv_fs_lstat(LOOP, &r->fs, path.str, req_cb(r))));
}

static js_value fs_fstat(js_env *js, js_call *call) {
  REQ(2, FS_STAT);
  r->bigint = flag_arg(call, 1);
  return req_end(js, r, uv_fs_fstat(LOOP, &r->fs, int_arg(call, 0, -1), req_cb(r)));
}

static js_value fs_statfs(js_env *js, js_call *call) {
  PATH_CALL(2, FS_STATFS, (r->bigint = flag_arg(call, 1),
                           uv_fs_statfs(LOOP, &r->fs, path.str, req_cb(r))));
}

static js_value fs_readlink(js_env *js, js_call *call) {
  PATH_CALL(2, FS_PTR_NAME, (r->as_buffer = flag_arg(call, 1),
                             uv_fs_readlink(LOOP, &r->fs, path.str, req_cb(r))));
}

static js_value fs_realpath_native(js_env *js, js_call *call) {
  PATH_CALL(2, FS_PTR_NAME, (r->as_buffer = flag_arg(call, 1),
                             uv_fs_realpath(LOOP, &r->fs, path.str, req_cb(r))));
}

/* mkdtemp(prefix, asBuffer, req): libuv wants the template's six X's. */
static js_value fs_mkdtemp(js_env *js, js_call *call) {
  js_utf8 prefix;
  int perr = path_get(js, js_arg(call, 0), &prefix);
  if (perr) return js_int32(js, perr);
  char *tpl = malloc(prefix.len + 7);
  if (!tpl) {
    js_utf8_free(&prefix);
    return js_int32(js, UV_ENOMEM);
  }
  memcpy(tpl, prefix.str, prefix.len);
  memcpy(tpl + prefix.len, "XXXXXX", 7);
  js_utf8_free(&prefix);
  fs_req sync_req;
  fs_req *r = req_begin(js, call, 2, &sync_req, FS_PATH_NAME);
  if (!r) {
    free(tpl);
    return js_int32(js, UV_ENOMEM);
  }
  r->as_buffer = flag_arg(call, 1);
  int rc = uv_fs_mkdtemp(LOOP, &r->fs, tpl, req_cb(r));
  free(tpl);
  return req_end(js, r, rc);
}

/* readdir(path, asBuffer, withTypes, req) -> names, or [names, types] */
static js_value fs_readdir(js_env *js, js_call *call) {
  PATH_CALL(3, FS_SCANDIR, (r->as_buffer = flag_arg(call, 1),
                            r->with_types = flag_arg(call, 2),
                            uv_fs_scandir(LOOP, &r->fs, path.str, 0, req_cb(r))));
}

/* A call on two path arguments (indexes 0 and 1). */
#define PATH2_CALL(ri, expr)                                       \
  REQ(ri, FS_UNDEFINED);                                           \
  js_utf8 path, path2;                                             \
  int rc = path_get(js, js_arg(call, 0), &path);                   \
  int rc2 = path_get(js, js_arg(call, 1), &path2);                 \
  if (rc == 0) rc = rc2;                                           \
  if (rc == 0) rc = (expr);                                        \
  js_utf8_free(&path);                                             \
  js_utf8_free(&path2);                                            \
  return req_end(js, r, rc)

static js_value fs_rename(js_env *js, js_call *call) {
  PATH2_CALL(2, uv_fs_rename(LOOP, &r->fs, path.str, path2.str, req_cb(r)));
}

static js_value fs_link(js_env *js, js_call *call) {
  PATH2_CALL(2, uv_fs_link(LOOP, &r->fs, path.str, path2.str, req_cb(r)));
}

/* symlink(target, path, flags, req) */
static js_value fs_symlink(js_env *js, js_call *call) {
  PATH2_CALL(3, uv_fs_symlink(LOOP, &r->fs, path.str, path2.str, int_arg(call, 2, 0),
                              req_cb(r)));
}

static js_value fs_copy_file(js_env *js, js_call *call) {
  PATH2_CALL(3, uv_fs_copyfile(LOOP, &r->fs, path.str, path2.str, int_arg(call, 2, 0),
                               req_cb(r)));
}

/* -- reads and writes -- */

/* The bytes [offset, offset + length) of a view; UV_EINVAL when out of its bounds. */
static int view_range(js_value view, js_value joff, js_value jlen, uv_buf_t *buf) {
  uint8_t *data;
  size_t len;
  if (!js_is(view, JS_IS_ARRAY_BUFFER_VIEW) || js_bytes(view, &data, &len)) return UV_EINVAL;
  double off = joff && js_is(joff, JS_IS_NUMBER) ? js_number_value(joff) : 0;
  double n = jlen && js_is(jlen, JS_IS_NUMBER) ? js_number_value(jlen) : (double)len - off;
  if (!(off >= 0 && n >= 0 && off + n <= (double)len)) return UV_EINVAL;
  *buf = uv_buf_init((char *)data + (size_t)off, (unsigned int)n);
  return 0;
}

/* read(fd, view, offset, length, position, req) -> bytes read */
static js_value fs_read(js_env *js, js_call *call) {
  uv_buf_t buf;
  int err = view_range(js_arg(call, 1), js_arg(call, 2), js_arg(call, 3), &buf);
  if (err) return js_int32(js, err);
  REQ(5, FS_NUMBER);
  if (r->self) r->keep = js_ref_new(js, js_arg(call, 1));
  return req_end(js, r, uv_fs_read(LOOP, &r->fs, int_arg(call, 0, -1), &buf, 1,
                                   position_arg(call, 4), req_cb(r)));
}

/* writeBuffer(fd, view, offset, length, position, req) -> bytes written */
static js_value fs_write_buffer(js_env *js, js_call *call) {
  uv_buf_t buf;
  int err = view_range(js_arg(call, 1), js_arg(call, 2), js_arg(call, 3), &buf);
  if (err) return js_int32(js, err);
  REQ(5, FS_NUMBER);
  if (r->self) r->keep = js_ref_new(js, js_arg(call, 1));
  return req_end(js, r, uv_fs_write(LOOP, &r->fs, int_arg(call, 0, -1), &buf, 1,
                                    position_arg(call, 4), req_cb(r)));
}

/* The views of an array as uv_buf_t's (libuv copies the array itself). */
static int views_bufs(js_env *js, js_value views, uv_buf_t **out, uint32_t *n) {
  if (!js_is(views, JS_IS_ARRAY)) return UV_EINVAL;
  *n = js_array_length(views);
  *out = malloc(sizeof(uv_buf_t) * (*n ? *n : 1));
  if (!*out) return UV_ENOMEM;
  for (uint32_t i = 0; i < *n; i++) {
    js_value v = js_get_index(js, views, i);
    if (!v || view_range(v, NULL, NULL, &(*out)[i])) {
      free(*out);
      return UV_EINVAL;
    }
  }
  return 0;
}

/* readBuffers(fd, views, position, req) / writeBuffers(...) -> bytes */
static js_value fs_vectored(js_env *js, js_call *call, int write) {
  uv_buf_t *bufs;
  uint32_t n;
  int err = views_bufs(js, js_arg(call, 1), &bufs, &n);
  if (err) return js_int32(js, err);
  fs_req sync_req;
  fs_req *r = req_begin(js, call, 3, &sync_req, FS_NUMBER);
  if (!r) {
    free(bufs);
    return js_int32(js, UV_ENOMEM);
  }
  if (r->self) r->keep = js_ref_new(js, js_arg(call, 1));
  int fd = int_arg(call, 0, -1);
  int64_t pos = position_arg(call, 2);
  int rc = write ? uv_fs_write(LOOP, &r->fs, fd, bufs, n, pos, req_cb(r))
                 : uv_fs_read(LOOP, &r->fs, fd, bufs, n, pos, req_cb(r));
  free(bufs);
  return req_end(js, r, rc);
}

static js_value fs_read_buffers(js_env *js, js_call *call) { return fs_vectored(js, call, 0); }
static js_value fs_write_buffers(js_env *js, js_call *call) { return fs_vectored(js, call, 1); }

/* A string's bytes in UTF-8, or Latin-1 (one byte per UTF-16 unit). Malloc'd. */
static char *string_bytes(js_env *js, js_value s, int latin1, size_t *len) {
  size_t cap = latin1 ? js_string_length(s) : js_string_utf8_length(js, s);
  char *buf = malloc(cap ? cap : 1);
  if (!buf) return NULL;
  *len = latin1 ? js_string_write_latin1(js, s, buf, 0, cap)
                : js_string_write_utf8(js, s, buf, cap);
  return buf;
}

/* writeString(fd, string, position, latin1, req) -> bytes written */
static js_value fs_write_string(js_env *js, js_call *call) {
  js_value s = js_arg(call, 1);
  if (!js_is(s, JS_IS_STRING)) return js_int32(js, UV_EINVAL);
  REQ(4, FS_NUMBER);
  int latin1 = flag_arg(call, 3);
  size_t units = js_string_length(s), len;
  char stack_buf[4096];
  char *data = stack_buf;
  /* a short string written now needs no heap copy */
  if (!r->self && units * 3 <= sizeof stack_buf) {
    len = latin1 ? js_string_write_latin1(js, s, data, 0, units)
                 : js_string_write_utf8(js, s, data, sizeof stack_buf);
  } else {
    data = string_bytes(js, s, latin1, &len);
    if (!data) return req_end(js, r, UV_ENOMEM);
    r->data = data;
    r->own_data = 1;
  }
  uv_buf_t buf = uv_buf_init(data, (unsigned int)len);
  return req_end(js, r, uv_fs_write(LOOP, &r->fs, int_arg(call, 0, -1), &buf, 1,
                                    position_arg(call, 2), req_cb(r)));
}

/* -- whole files and recursive mkdir: several steps, each a synchronous uv_fs_* call -- */

static int step(fs_req *r, const char *syscall, int rc) {
  if (rc < 0) r->syscall = syscall;
  return rc;
}

static int close_fd(fs_req *r, uv_file fd) {
  uv_fs_t f;
  int rc = uv_fs_close(LOOP, &f, fd, NULL);
  uv_fs_req_cleanup(&f);
  return step(r, "close", rc);
}

static int open_path(fs_req *r) {
  uv_fs_t f;
  int rc = uv_fs_open(LOOP, &f, r->path, r->flags, r->mode, NULL);
  uv_fs_req_cleanup(&f);
  return step(r, "open", rc);
}

static int read_all(fs_req *r, uv_file fd) {
  uv_fs_t f;
  int rc = uv_fs_fstat(LOOP, &f, fd, NULL);
  uint64_t size = f.statbuf.st_size;
  int regular = S_ISREG(f.statbuf.st_mode);
  uv_fs_req_cleanup(&f);
  if (rc < 0) return step(r, "fstat", rc);
  if (!regular) size = 0;
  if (size > IO_MAX_LENGTH) {
    r->too_large = size;
    return 0;
  }
  /* a size of 0 is unknown (procfs, pipes): read until the end */
  size_t cap = size ? (size_t)size : 64 * 1024, n = 0;
  r->data = malloc(cap);
  r->own_data = 1;
  if (!r->data) return step(r, "read", UV_ENOMEM);
  for (;;) {
    if (n == cap) {
      if (size) break;
      if (cap > IO_MAX_LENGTH) {
        r->too_large = n;
        return 0;
      }
      char *grown = realloc(r->data, cap * 2);
      if (!grown) return step(r, "read", UV_ENOMEM);
      r->data = grown;
      cap *= 2;
    }
    uv_buf_t buf = uv_buf_init(r->data + n, (unsigned int)(cap - n));
    rc = uv_fs_read(LOOP, &f, fd, &buf, 1, -1, NULL);
    uv_fs_req_cleanup(&f);
    if (rc < 0) return step(r, "read", rc);
    if (rc == 0) break;
    n += (size_t)rc;
  }
  r->len = n;
  return 0;
}

static int run_read_file(fs_req *r) {
  if (!r->path) return read_all(r, r->fd);
  int fd = open_path(r);
  if (fd < 0) return fd;
  int rc = read_all(r, fd);
  int crc = close_fd(r, fd);
  return rc < 0 ? rc : crc;
}

/* readFile(pathOrFd, flags, utf8, req, ctx) -> a string (utf8) or a Uint8Array; a number when
 * the file is larger than a buffer may be (its size). */
static js_value fs_read_file(js_env *js, js_call *call) {
  js_value target = js_arg(call, 0);
  REQ(3, FS_FILE);
  r->run = run_read_file;
  r->utf8 = flag_arg(call, 2);
  if (js_is(target, JS_IS_NUMBER)) {
    r->fd = js_int32_value(target);
  } else {
    js_utf8 path;
    int perr = path_get(js, target, &path);
    if (perr) return req_end(js, r, perr);
    r->path = strdup(path.str);
    js_utf8_free(&path);
    if (!r->path) return req_end(js, r, UV_ENOMEM);
    r->flags = int_arg(call, 1, O_RDONLY);
    r->mode = 0666;
  }
  return req_run(js, call, 3, r);
}

static int write_all(fs_req *r, uv_file fd) {
  size_t off = 0;
  while (off < r->len) {
    uv_fs_t f;
    uv_buf_t buf = uv_buf_init(r->data + off, (unsigned int)(r->len - off));
    int rc = uv_fs_write(LOOP, &f, fd, &buf, 1, -1, NULL);
    uv_fs_req_cleanup(&f);
    if (rc < 0) return step(r, "write", rc);
    if (rc == 0) break;
    off += (size_t)rc;
  }
  return 0;
}

static int write_and_flush(fs_req *r, uv_file fd) {
  int rc = write_all(r, fd);
  if (rc < 0 || !r->flush) return rc;
  uv_fs_t f;
  rc = uv_fs_fsync(LOOP, &f, fd, NULL);
  uv_fs_req_cleanup(&f);
  return step(r, "fsync", rc);
}

static int run_write_file(fs_req *r) {
  if (!r->path) return write_and_flush(r, r->fd);
  int fd = open_path(r);
  if (fd < 0) return fd;
  int rc = write_and_flush(r, fd);
  int crc = close_fd(r, fd);
  return rc < 0 ? rc : crc;
}

/* writeFile(pathOrFd, data, flags, mode, flush, req, ctx): data is a string (written as UTF-8)
 * or a view; a file given by path is opened with flags and mode and closed after. */
static js_value fs_write_file(js_env *js, js_call *call) {
  js_value target = js_arg(call, 0), data = js_arg(call, 1);
  REQ(5, FS_UNDEFINED);
  r->flush = flag_arg(call, 4);
  r->run = run_write_file;
  if (js_is(data, JS_IS_STRING)) {
    r->data = string_bytes(js, data, 0, &r->len);
    if (!r->data) return req_end(js, r, UV_ENOMEM);
    r->own_data = 1;
  } else {
    uv_buf_t buf;
    int err = view_range(data, NULL, NULL, &buf);
    if (err) return req_end(js, r, err);
    r->data = buf.base;
    r->len = buf.len;
    if (r->self) r->keep = js_ref_new(js, data);
  }
  if (js_is(target, JS_IS_NUMBER)) {
    r->fd = js_int32_value(target);
  } else {
    js_utf8 path;
    int perr = path_get(js, target, &path);
    if (perr) return req_end(js, r, perr);
    r->path = strdup(path.str);
    js_utf8_free(&path);
    if (!r->path) return req_end(js, r, UV_ENOMEM);
    r->flags = int_arg(call, 2, O_WRONLY | O_CREAT | O_TRUNC);
    r->mode = int_arg(call, 3, 0666);
  }
  return req_run(js, call, 5, r);
}

static int mkdir_one(fs_req *r, const char *path) {
  uv_fs_t f;
  int rc = uv_fs_mkdir(LOOP, &f, path, r->mode, NULL);
  uv_fs_req_cleanup(&f);
  return rc;
}

static int is_dir(fs_req *r, const char *path) {
  uv_fs_t f;
  int rc = uv_fs_stat(LOOP, &f, path, NULL);
  int dir = rc == 0 && S_ISDIR(f.statbuf.st_mode);
  uv_fs_req_cleanup(&f);
  return dir;
}

/* mkdir -p on r->path. Parents are found by cutting the path at its last '/', as Node does, so
 * the first directory made is reported as a prefix of the path given. */
static int run_mkdirp(fs_req *r) {
  char *p = r->path;
  size_t len = strlen(p);
  size_t *cuts = malloc(sizeof(size_t) * (len + 1));
  size_t ncuts = 0;
  int rc;
  if (!cuts) return UV_ENOMEM;
  /* go up until a directory can be made, or exists */
  for (;;) {
    rc = mkdir_one(r, p);
    if (rc == 0) {
      r->len = strlen(p);
      break;
    }
    if (rc == UV_EEXIST) {
      if (!is_dir(r, p)) rc = ncuts ? UV_ENOTDIR : UV_EEXIST;
      else rc = 0;
      break;
    }
    if (rc != UV_ENOENT) break;
    char *slash = strrchr(p, '/');
    if (!slash || slash == p) break;
    *slash = 0;
    cuts[ncuts++] = (size_t)(slash - p);
  }
  /* come back down, making each directory */
  while (rc == 0 && ncuts > 0) {
    p[cuts[--ncuts]] = '/';
    rc = mkdir_one(r, p);
    if (rc == 0 && !r->len) r->len = strlen(p);
    else if (rc == UV_EEXIST && is_dir(r, p)) rc = 0;
  }
  while (ncuts > 0) p[cuts[--ncuts]] = '/';
  free(cuts);
  if (rc == 0 && r->len) {
    r->data = malloc(r->len);
    if (!r->data) return UV_ENOMEM;
    memcpy(r->data, p, r->len);
    r->own_data = 1;
  }
  return rc;
}

/* mkdir(path, mode, recursive, asBuffer, req) -> undefined, or (recursive) the first directory
 * made */
static js_value fs_mkdir(js_env *js, js_call *call) {
  if (!flag_arg(call, 2)) {
    PATH_CALL(4, FS_UNDEFINED,
              uv_fs_mkdir(LOOP, &r->fs, path.str, int_arg(call, 1, 0777), req_cb(r)));
  }
  REQ(4, FS_MKDIRP);
  js_utf8 path;
  int perr = path_get(js, js_arg(call, 0), &path);
  if (perr) return req_end(js, r, perr);
  r->path = strdup(path.str);
  js_utf8_free(&path);
  if (!r->path) return req_end(js, r, UV_ENOMEM);
  r->mode = int_arg(call, 1, 0777);
  r->as_buffer = flag_arg(call, 3);
  r->run = run_mkdirp;
  return req_run(js, call, 4, r);
}

/* -- directory handles (opendir) -- */

static js_value fs_opendir(js_env *js, js_call *call) {
  PATH_CALL(1, FS_DIR, uv_fs_opendir(LOOP, &r->fs, path.str, req_cb(r)));
}

static js_value dir_handle_new(js_env *js, js_call *call) {
  js_value ext = js_arg(call, 0);
  if (js_is(js_new_target(call), JS_IS_UNDEFINED) || !js_is(ext, JS_IS_EXTERNAL)) {
    js_throw_type_error(js, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    return NULL;
  }
  js_wrap(js_this(call), js_external_value(ext));
  return NULL;
}

static void dir_handle_gc_close(dir_handle *d) {
  if (d->dir) {
    uv_fs_t f;
    uv_fs_closedir(d->loop, &f, d->dir, NULL);
    uv_fs_req_cleanup(&f);
  }
  free(d->ents);
  free(d);
}

static void dir_handle_gc(void *data) {
  dir_handle *d = data;
  js_ref_free(d->self);
  dir_handle_gc_close(d);
}

/* A handle's request: UV_EBADF once closed, UV_EBUSY while another operation runs. */
static int dir_begin(js_call *call, dir_handle **out) {
  dir_handle *d = js_unwrap(js_this(call));
  if (!d || !d->dir) return UV_EBADF;
  if (d->busy) return UV_EBUSY;
  *out = d;
  return 0;
}

/* read(asBuffer, bufferSize, req) -> [name, type, ...], or null at the end */
static js_value dir_handle_read(js_env *js, js_call *call) {
  dir_handle *d;
  int err = dir_begin(call, &d);
  if (err) return js_int32(js, err);
  /* entries per batch: lib/'s bufferSize, bounded to keep the array small */
  double want = double_arg(call, 1);
  size_t n = want >= 1 ? (want < 4096 ? (size_t)want : 4096) : 32;
  uv_dirent_t *ents = realloc(d->ents, sizeof *ents * n);
  if (!ents) return js_int32(js, UV_ENOMEM);
  d->ents = ents;
  d->dir->dirents = ents;
  d->dir->nentries = n;
  REQ(2, FS_DIRENTS);
  r->as_buffer = flag_arg(call, 0);
  r->dir = d;
  d->busy = 1;
  if (r->self) r->keep = js_ref_new(js, js_this(call));
  return req_end(js, r, uv_fs_readdir(LOOP, &r->fs, d->dir, req_cb(r)));
}

/* close(req) */
static js_value dir_handle_close(js_env *js, js_call *call) {
  dir_handle *d;
  int err = dir_begin(call, &d);
  if (err) return js_int32(js, err);
  REQ(0, FS_UNDEFINED);
  uv_dir_t *dir = d->dir;
  d->dir = NULL;
  r->dir = d;
  d->busy = 1;
  if (r->self) r->keep = js_ref_new(js, js_this(call));
  return req_end(js, r, uv_fs_closedir(LOOP, &r->fs, dir, req_cb(r)));
}

static const js_method dir_handle_methods[] = {
  {"close", dir_handle_close, 1},
  {"read", dir_handle_read, 3},
};

/* -- what the module loader and stdio use: plain, synchronous, no request -- */

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
static int write_all_blocking(int fd, const char *buf, size_t len) {
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
  int r = write_all_blocking(fd, buf, n);
  if (buf != stack_buf) free(buf);
  return js_int32(js, r ? r : (int32_t)n);
}

static js_value fs_write_buffer_sync(js_env *js, js_call *call) {
  int fd = js_int32_value(js_arg(call, 0));
  uint8_t *data;
  size_t len;
  if (js_bytes(js_arg(call, 1), &data, &len)) return js_int32(js, UV_EINVAL);
  int r = write_all_blocking(fd, (const char *)data, len);
  return js_int32(js, r ? r : (int32_t)len);
}

/* existsSync's question without an error to build: 1 when access(path, mode) succeeds. */
static js_value fs_exists_sync(js_env *js, js_call *call) {
  js_utf8 path;
  if (path_get(js, js_arg(call, 0), &path)) return js_boolean(js, 0);
  uv_fs_t f;
  int rc = uv_fs_access(env_of(js)->loop, &f, path.str, F_OK, NULL);
  uv_fs_req_cleanup(&f);
  js_utf8_free(&path);
  return js_boolean(js, rc == 0);
}

static const js_method fs_methods[] = {
  {"access", fs_access, 3},
  {"chmod", fs_chmod, 3},
  {"chown", fs_chown, 4},
  {"close", fs_close, 2},
  {"copyFile", fs_copy_file, 4},
  {"existsSync", fs_exists_sync, 1},
  {"fchmod", fs_fchmod, 3},
  {"fchown", fs_fchown, 4},
  {"fdatasync", fs_fdatasync, 2},
  {"fstat", fs_fstat, 3},
  {"fsync", fs_fsync, 2},
  {"ftruncate", fs_ftruncate, 3},
  {"futimes", fs_futimes, 4},
  {"internalModuleStat", fs_internal_module_stat, 1},
  {"lchown", fs_lchown, 4},
  {"link", fs_link, 3},
  {"lstat", fs_lstat, 3},
  {"lutimes", fs_lutimes, 4},
  {"mkdir", fs_mkdir, 5},
  {"mkdtemp", fs_mkdtemp, 3},
  {"open", fs_open, 4},
  {"opendir", fs_opendir, 2},
  {"read", fs_read, 6},
  {"readBuffers", fs_read_buffers, 4},
  {"readFile", fs_read_file, 5},
  {"readFileUtf8", fs_read_file_utf8, 1},
  {"readdir", fs_readdir, 4},
  {"readlink", fs_readlink, 3},
  {"realpath", fs_realpath, 1},
  {"realpathNative", fs_realpath_native, 3},
  {"rename", fs_rename, 3},
  {"rmdir", fs_rmdir, 2},
  {"stat", fs_stat, 3},
  {"statfs", fs_statfs, 3},
  {"symlink", fs_symlink, 4},
  {"unlink", fs_unlink, 2},
  {"utimes", fs_utimes, 4},
  {"writeBuffer", fs_write_buffer, 6},
  {"writeBufferSync", fs_write_buffer_sync, 2},
  {"writeBuffers", fs_write_buffers, 4},
  {"writeFile", fs_write_file, 7},
  {"writeString", fs_write_string, 5},
  {"writeStringSync", fs_write_string_sync, 2},
};

js_value binding_init_fs(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, fs_methods, ARRAY_SIZE(fs_methods));
  void *data;
  js_value ab = js_array_buffer_new(js, STAT_FIELDS * 8, &data);
  stat_values = data;
  js_value values = js_typed_array_new(js, JS_FLOAT64, ab, 0, STAT_FIELDS);
  stat_values_ref = js_ref_new(js, values);
  js_set_named(js, b, "statValues", values);
  ab = js_array_buffer_new(js, STAT_FIELDS * 8, &data);
  bigint_stat_values = data;
  values = js_typed_array_new(js, JS_BIGINT64, ab, 0, STAT_FIELDS);
  bigint_stat_values_ref = js_ref_new(js, values);
  js_set_named(js, b, "bigintStatValues", values);
  js_value dir_class = js_class_new(js, "DirHandle", dir_handle_new, dir_handle_methods,
                                    ARRAY_SIZE(dir_handle_methods), 1);
  dir_handle_class = js_ref_new(js, dir_class);
  js_set_named(js, b, "kIoMaxLength", js_number(js, IO_MAX_LENGTH));
  return b;
}
