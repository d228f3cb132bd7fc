/* os.c -- internalBinding('os'): host, user, CPU, memory and network facts from libuv for
 * lib/os.js. A call that can fail takes a trailing `ctx` object: on failure it sets
 * ctx.errno (a negative libuv code) and ctx.syscall and returns undefined (Node's interface);
 * lib/os.js turns ctx into ERR_SYSTEM_ERROR. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* Fills ctx for lib/os.js; returns undefined so callers can `return fail(...)`. */
static js_value fail(js_env *js, js_value ctx, int err, const char *syscall) {
  if (js_is(ctx, JS_IS_OBJECT)) {
    js_set_named(js, ctx, "errno", js_int32(js, err));
    js_set_named(js, ctx, "syscall", js_string_intern(js, syscall));
  }
  return NULL;
}

static js_value os_get_hostname(js_env *js, js_call *call) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t len = sizeof buf;
  int err = uv_os_gethostname(buf, &len);
  if (err < 0) return fail(js, js_arg(call, 0), err, "uv_os_gethostname");
  return js_string_utf8(js, buf, len);
}

static js_value os_get_load_avg(js_env *js, js_call *call) {
  uint8_t *data;
  size_t len;
  js_value out = js_arg(call, 0);
  if (!js_is(out, JS_IS_TYPED_ARRAY) || js_bytes(out, &data, &len) || len < 3 * sizeof(double))
    return NULL;
  double avg[3];
  uv_loadavg(avg);
  memcpy(data, avg, sizeof avg);
  return NULL;
}

static js_value os_get_uptime(js_env *js, js_call *call) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err < 0) return fail(js, js_arg(call, 0), err, "uv_uptime");
  return js_number(js, uptime);
}

static js_value os_get_total_mem(js_env *js, js_call *call) {
  (void)call;
  return js_number(js, (double)uv_get_total_memory());
}

static js_value os_get_free_mem(js_env *js, js_call *call) {
  (void)call;
  return js_number(js, (double)uv_get_free_memory());
}

static js_value os_get_available_parallelism(js_env *js, js_call *call) {
  (void)call;
  return js_uint32(js, uv_available_parallelism());
}

/* [model, speed, user, nice, sys, idle, irq] for each CPU, flat; undefined on failure. */
static js_value os_get_cpus(js_env *js, js_call *call) {
  (void)call;
  uv_cpu_info_t *cpus;
  int count;
  if (uv_cpu_info(&cpus, &count) < 0) return NULL;
  js_value out = js_array_new(js, (uint32_t)count * 7);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t *c = &cpus[i];
    const char *model = c->model ? c->model : "";
    js_set_index(js, out, k++, js_string_latin1(js, model, strlen(model)));
    js_set_index(js, out, k++, js_number(js, c->speed));
    js_set_index(js, out, k++, js_number(js, (double)c->cpu_times.user));
    js_set_index(js, out, k++, js_number(js, (double)c->cpu_times.nice));
    js_set_index(js, out, k++, js_number(js, (double)c->cpu_times.sys));
    js_set_index(js, out, k++, js_number(js, (double)c->cpu_times.idle));
    js_set_index(js, out, k++, js_number(js, (double)c->cpu_times.irq));
  }
  uv_free_cpu_info(cpus, count);
  return out;
}

/* [name, address, netmask, family, mac, internal, scopeid] for each address, flat; scopeid is
 * -1 for IPv4. */
static js_value os_get_interface_addresses(js_env *js, js_call *call) {
  uv_interface_address_t *ifs;
  int count;
  int err = uv_interface_addresses(&ifs, &count);
  if (err < 0) return fail(js, js_arg(call, 0), err, "uv_interface_addresses");
  js_value out = js_array_new(js, (uint32_t)count * 7);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t *a = &ifs[i];
    char address[INET6_ADDRSTRLEN] = "", netmask[INET6_ADDRSTRLEN] = "", mac[18];
    const char *family;
    int scopeid = -1;
    if (a->address.address4.sin_family == AF_INET) {
      uv_ip4_name(&a->address.address4, address, sizeof address);
      uv_ip4_name(&a->netmask.netmask4, netmask, sizeof netmask);
      family = "IPv4";
    } else if (a->address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&a->address.address6, address, sizeof address);
      uv_ip6_name(&a->netmask.netmask6, netmask, sizeof netmask);
      family = "IPv6";
      scopeid = (int)a->address.address6.sin6_scope_id;
    } else {
      family = "unknown";
    }
    const unsigned char *m = (const unsigned char *)a->phys_addr;
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4],
             m[5]);
    js_set_index(js, out, k++, js_string_utf8(js, a->name, (size_t)-1));
    js_set_index(js, out, k++, js_string_utf8(js, address, (size_t)-1));
    js_set_index(js, out, k++, js_string_utf8(js, netmask, (size_t)-1));
    js_set_index(js, out, k++, js_string_intern(js, family));
    js_set_index(js, out, k++, js_string_utf8(js, mac, (size_t)-1));
    js_set_index(js, out, k++, js_boolean(js, a->is_internal));
    js_set_index(js, out, k++, js_int32(js, scopeid));
  }
  uv_free_interface_addresses(ifs, count);
  return out;
}

static js_value os_get_home_directory(js_env *js, js_call *call) {
  char buf[4096];
  size_t len = sizeof buf;
  int err = uv_os_homedir(buf, &len);
  if (err < 0) return fail(js, js_arg(call, 0), err, "uv_os_homedir");
  return js_string_utf8(js, buf, len);
}

/* A passwd field as a string, or as a Uint8Array of its bytes when `raw`. */
static js_value passwd_field(js_env *js, const char *s, int raw) {
  if (!s) return js_null(js);
  size_t len = strlen(s);
  if (!raw) return js_string_utf8(js, s, len);
  void *data;
  js_value ab = js_array_buffer_new_uninit(js, len, &data);
  memcpy(data, s, len);
  return js_typed_array_new(js, JS_UINT8, ab, 0, len);
}

/* getUserInfo(options, ctx): {uid, gid, username, homedir, shell} (null prototype); the
 * strings come as Uint8Arrays when options.encoding is 'buffer'. */
static js_value os_get_user_info(js_env *js, js_call *call) {
  js_value options = js_arg(call, 0);
  int raw = 0;
  if (js_is(options, JS_IS_OBJECT)) {
    js_value enc = js_get_named(js, options, "encoding");
    if (!enc) return NULL;
    js_utf8 s;
    if (js_is(enc, JS_IS_STRING) && js_utf8_init(js, enc, &s) == 0) {
      raw = strcasecmp(s.str, "buffer") == 0;
      js_utf8_free(&s);
    }
  }
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err < 0) return fail(js, js_arg(call, 1), err, "uv_os_get_passwd");
  js_value out = js_object_new_null_proto(js);
  js_set_named(js, out, "uid", js_number(js, (double)pwd.uid));
  js_set_named(js, out, "gid", js_number(js, (double)pwd.gid));
  js_set_named(js, out, "username", passwd_field(js, pwd.username, raw));
  js_set_named(js, out, "homedir", passwd_field(js, pwd.homedir, raw));
  js_set_named(js, out, "shell", passwd_field(js, pwd.shell, raw));
  uv_os_free_passwd(&pwd);
  return out;
}

/* setPriority(pid, priority, ctx) -> 0 or a negative libuv code (ctx filled). */
static js_value os_set_priority(js_env *js, js_call *call) {
  int pid = js_is(js_arg(call, 0), JS_IS_NUMBER) ? js_int32_value(js_arg(call, 0)) : 0;
  int prio = js_is(js_arg(call, 1), JS_IS_NUMBER) ? js_int32_value(js_arg(call, 1)) : 0;
  int err = uv_os_setpriority(pid, prio);
  if (err < 0) fail(js, js_arg(call, 2), err, "uv_os_setpriority");
  return js_int32(js, err);
}

static js_value os_get_priority(js_env *js, js_call *call) {
  int pid = js_is(js_arg(call, 0), JS_IS_NUMBER) ? js_int32_value(js_arg(call, 0)) : 0;
  int prio;
  int err = uv_os_getpriority(pid, &prio);
  if (err < 0) return fail(js, js_arg(call, 1), err, "uv_os_getpriority");
  return js_int32(js, prio);
}

/* [sysname, version, release, machine] */
static js_value os_get_os_information(js_env *js, js_call *call) {
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err < 0) return fail(js, js_arg(call, 0), err, "uv_os_uname");
  js_value items[4] = {
    js_string_utf8(js, info.sysname, (size_t)-1),
    js_string_utf8(js, info.version, (size_t)-1),
    js_string_utf8(js, info.release, (size_t)-1),
    js_string_utf8(js, info.machine, (size_t)-1),
  };
  return js_array_from(js, items, 4);
}

static const js_method os_methods[] = {
  {"getAvailableParallelism", os_get_available_parallelism, 0},
  {"getCPUs", os_get_cpus, 0},
  {"getFreeMem", os_get_free_mem, 0},
  {"getHomeDirectory", os_get_home_directory, 0},
  {"getHostname", os_get_hostname, 0},
  {"getInterfaceAddresses", os_get_interface_addresses, 0},
  {"getLoadAvg", os_get_load_avg, 1},
  {"getOSInformation", os_get_os_information, 0},
  {"getPriority", os_get_priority, 1},
  {"getTotalMem", os_get_total_mem, 0},
  {"getUptime", os_get_uptime, 0},
  {"getUserInfo", os_get_user_info, 1},
  {"setPriority", os_set_priority, 2},
};

js_value binding_init_os(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, os_methods, ARRAY_SIZE(os_methods));
  const uint16_t probe = 1;
  js_set_named(js, b, "isBigEndian", js_boolean(js, *(const uint8_t *)&probe == 0));
  return b;
}
