/* process_methods.c -- internalBinding('process_methods'): time, resources, credentials, cwd,
 * signals and exit for lib/internal/process/per_thread.js. */
#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

static uint32_t *hrtime_fields;

static js_value pm_hrtime(js_env *js, js_call *call) {
  uint64_t t = uv_hrtime();
  uint64_t sec = t / 1000000000u;
  hrtime_fields[0] = (uint32_t)(sec >> 32);
  hrtime_fields[1] = (uint32_t)sec;
  hrtime_fields[2] = (uint32_t)(t % 1000000000u);
  return NULL;
}

static js_value pm_hrtime_bigint(js_env *js, js_call *call) {
  return js_bigint_from_uint64(js, uv_hrtime());
}

static js_value float_array(js_env *js, const double *v, size_t n) {
  void *data;
  js_value ab = js_array_buffer_new(js, n * sizeof(double), &data);
  memcpy(data, v, n * sizeof(double));
  return js_typed_array_new(js, JS_FLOAT64, ab, 0, n);
}

static js_value pm_cpu_usage(js_env *js, js_call *call) {
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r) return js_int32(js, r);
  double v[2] = { ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec,
                  ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec };
  return float_array(js, v, 2);
}

static js_value pm_rss(js_env *js, js_call *call) {
  size_t rss = 0;
  int r = uv_resident_set_memory(&rss);
  return r ? js_int32(js, r) : js_number(js, (double)rss);
}

static js_value pm_memory_usage(js_env *js, js_call *call) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  js_heap_stats hs;
  js_heap_statistics(js, &hs);
  double v[5] = { (double)rss, (double)hs.total_heap_size, (double)hs.used_heap_size,
                  (double)hs.external_memory, (double)hs.array_buffers };
  return float_array(js, v, 5);
}

static js_value pm_resource_usage(js_env *js, js_call *call) {
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r) return js_int32(js, r);
  double v[16] = {
    ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec,
    ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec,
    (double)ru.ru_maxrss, (double)ru.ru_ixrss, (double)ru.ru_idrss, (double)ru.ru_isrss,
    (double)ru.ru_minflt, (double)ru.ru_majflt, (double)ru.ru_nswap, (double)ru.ru_inblock,
    (double)ru.ru_oublock, (double)ru.ru_msgsnd, (double)ru.ru_msgrcv,
    (double)ru.ru_nsignals, (double)ru.ru_nvcsw, (double)ru.ru_nivcsw,
  };
  return float_array(js, v, 16);
}

/* ToInt32 of any value, as JS's `| 0` (process.exit('0x10') exits with 16). */
static int arg_int32(js_env *js, js_call *call, int i, int32_t *out) {
  double d;
  if (js_to_number(js, js_arg(call, i), &d)) return -1;
  *out = js_int32_value(js_number(js, d));
  return 0;
}

static js_value pm_kill(js_env *js, js_call *call) {
  int32_t pid, sig;
  if (arg_int32(js, call, 0, &pid) || arg_int32(js, call, 1, &sig)) return NULL;
  return js_int32(js, uv_kill(pid, sig));
}

static js_value pm_really_exit(js_env *js, js_call *call) {
  int32_t code;
  if (arg_int32(js, call, 0, &code)) code = 0;
  env_exit(env_of(js), code);
}

static js_value pm_abort(js_env *js, js_call *call) {
  abort();
}

static js_value pm_cwd(js_env *js, js_call *call) {
  char buf[4096];
  size_t len = sizeof buf;
  int r = uv_cwd(buf, &len);
  if (r) return js_int32(js, r);
  return js_string_utf8(js, buf, len);
}

static js_value pm_chdir(js_env *js, js_call *call) {
  js_utf8 dir;
  if (js_utf8_init(js, js_arg(call, 0), &dir)) return NULL;
  int r = uv_chdir(dir.str);
  js_utf8_free(&dir);
  return js_int32(js, r);
}

static js_value pm_umask(js_env *js, js_call *call) {
  js_value m = js_arg(call, 0);
  mode_t old;
  if (js_is(m, JS_IS_NUMBER)) {
    old = umask((mode_t)js_uint32_value(m) & 0777);
  } else {
    old = umask(0);
    umask(old);
  }
  return js_uint32(js, (uint32_t)old);
}

static js_value pm_uptime(js_env *js, js_call *call) {
  return js_number(js, (double)(uv_hrtime() - env_of(js)->start_time) / 1e9);
}

static js_value pm_getuid(js_env *js, js_call *call) { return js_uint32(js, getuid()); }
static js_value pm_geteuid(js_env *js, js_call *call) { return js_uint32(js, geteuid()); }
static js_value pm_getgid(js_env *js, js_call *call) { return js_uint32(js, getgid()); }
static js_value pm_getegid(js_env *js, js_call *call) { return js_uint32(js, getegid()); }

static js_value pm_getgroups(js_env *js, js_call *call) {
  int n = getgroups(0, NULL);
  if (n < 0) return js_int32(js, uv_translate_sys_error(errno));
  gid_t *groups = malloc(sizeof(gid_t) * (size_t)(n + 1));
  n = getgroups(n, groups);
  gid_t egid = getegid();
  int has_egid = 0;
  js_value a = js_array_new(js, 0);
  uint32_t k = 0;
  for (int i = 0; i < n; i++) {
    if (groups[i] == egid) has_egid = 1;
    js_set_index(js, a, k++, js_uint32(js, groups[i]));
  }
  if (!has_egid) js_set_index(js, a, k++, js_uint32(js, egid));
  free(groups);
  return a;
}

static js_value pm_set_title(js_env *js, js_call *call) {
  js_utf8 t;
  if (js_utf8_init(js, js_arg(call, 0), &t)) return NULL;
  uv_set_process_title(t.str);
  js_utf8_free(&t);
  return NULL;
}

static js_value pm_get_title(js_env *js, js_call *call) {
  char buf[512];
  if (uv_get_process_title(buf, sizeof buf)) buf[0] = 0;
  return js_string_utf8(js, buf, (size_t)-1);
}

static js_value pm_ppid(js_env *js, js_call *call) { return js_int32(js, (int32_t)getppid()); }

static const js_method pm_methods[] = {
  {"abort", pm_abort, 0},
  {"chdir", pm_chdir, 1},
  {"cpuUsage", pm_cpu_usage, 0},
  {"cwd", pm_cwd, 0},
  {"getTitle", pm_get_title, 0},
  {"getegid", pm_getegid, 0},
  {"geteuid", pm_geteuid, 0},
  {"getgid", pm_getgid, 0},
  {"getgroups", pm_getgroups, 0},
  {"getppid", pm_ppid, 0},
  {"getuid", pm_getuid, 0},
  {"hrtime", pm_hrtime, 0},
  {"hrtimeBigInt", pm_hrtime_bigint, 0},
  {"kill", pm_kill, 2},
  {"memoryUsage", pm_memory_usage, 0},
  {"reallyExit", pm_really_exit, 1},
  {"resourceUsage", pm_resource_usage, 0},
  {"rss", pm_rss, 0},
  {"setTitle", pm_set_title, 1},
  {"umask", pm_umask, 1},
  {"uptime", pm_uptime, 0},
};

js_value binding_init_process_methods(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, pm_methods, ARRAY_SIZE(pm_methods));
  void *data;
  js_value ab = js_array_buffer_new(js, 3 * sizeof(uint32_t), &data);
  hrtime_fields = data;
  js_set_named(js, b, "hrtimeBuffer", js_typed_array_new(js, JS_UINT32, ab, 0, 3));
  return b;
}
