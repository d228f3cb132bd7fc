/* main.c -- the node command: options, V8 and the environment, the bootstrap
 * (lib/internal/bootstrap/realm.js, lib/internal/bootstrap/node.js), the main script, the loop. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

static node_env main_env;
static node_options main_options;

static js_value call_builtin_export(node_env *env, const char *id, const char *name, int argc,
                                    js_value *argv, int *failed) {
  js_value mod = env_require_builtin(env, id);
  js_value r = NULL;
  *failed = 1;
  if (!mod) return NULL;
  js_value fn = js_get_named(env->js, mod, name);
  if (!fn || !js_is(fn, JS_IS_FUNCTION)) return NULL;
  if (env_make_callback(env, fn, js_undefined(env->js), argc, argv, &r) == 0) *failed = 0;
  return r;
}

/* A terminal left in raw mode, or a shared descriptor left non-blocking, is put back before
 * the default action of these signals ends the process (a listener replaces this). */
static void reset_stdio_signal_cb(int sig) {
  tty_wrap_reset_stdio();
  raise(sig);
}

static void bootstrap(node_env *env) {
  js_env *js = env->js;
  js_value exc;
  env->binding_cache = js_ref_new(js, js_object_new_null_proto(js));
  js_value process = process_object_new(env);
  env->process = js_ref_new(js, process);

  js_value realm = builtins_compile(env, "internal/bootstrap/realm");
  if (!realm) {
    fprintf(stderr, "node: cannot compile internal/bootstrap/realm\n");
    exit(70);
  }
  if (env->building_code_cache) env->realm_function = js_ref_new(js, realm);
  js_value module = js_object_new(js);
  js_value exports = js_object_new(js);
  js_set_named(js, module, "exports", exports);
  js_value args[5] = { exports, js_undefined(js), module, process,
                       js_function_new(js, "internalBinding", binding_internal_binding, NULL) };
  if (js_call_catch(js, realm, exports, 5, args, NULL, &exc)) errors_fatal_bootstrap(env, exc);
  js_value req = js_get_named(js, js_get_named(js, module, "exports"), "require");
  env->require_builtin = js_ref_new(js, req);

  js_value arg = js_string_utf8(js, "internal/bootstrap/node", (size_t)-1);
  if (js_call_catch(js, req, js_undefined(js), 1, &arg, NULL, &exc))
    errors_fatal_bootstrap(env, exc);
}

/* As Node: whatever the parent left blocked or ignored is reset (a child spawned with SIGINT
 * ignored still gets process.on('SIGINT') events and the default action); SIGPIPE and SIGXFSZ
 * are ignored so that writes fail with EPIPE and EFBIG instead of killing the process. */
static void reset_signals(void) {
  sigset_t all;
  sigemptyset(&all);
  sigprocmask(SIG_SETMASK, &all, NULL);
  struct sigaction act;
  memset(&act, 0, sizeof act);
  for (int sig = 1; sig < NSIG; sig++) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    act.sa_handler = sig == SIGPIPE || sig == SIGXFSZ ? SIG_IGN : SIG_DFL;
    sigaction(sig, &act, NULL);
  }
}

int main(int argc, char **argv) {
  argv = uv_setup_args(argc, argv);
  reset_signals();
  tty_wrap_save_stdio();
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = reset_stdio_signal_cb;
  sa.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);

  node_env *env = &main_env;
  env->start_time = uv_hrtime();
  env->milestones[MILESTONE_NODE_START] = env->start_time;
#ifdef NODE_BUILD_CODE_CACHE
  const char *cache_out = NULL;
  if (argc == 3 && !strcmp(argv[1], "--build-code-cache")) {
    cache_out = argv[2];
    env->building_code_cache = 1;
    argc = 1;
  }
#endif
  env->options = &main_options;
  env->argc = argc;
  env->argv = argv;
  options_parse(argc, argv, &main_options);

  char exe[4096];
  size_t exe_len = sizeof exe;
  env->exec_path = strdup(uv_exepath(exe, &exe_len) == 0 ? exe : argv[0]);
  env->loop = uv_default_loop();
  /* for performance.eventLoopUtilization() */
  uv_loop_configure(env->loop, UV_METRICS_IDLE_TIME);
  env->milestones[MILESTONE_V8_START] = uv_hrtime();
  env->js = js_env_new(env);
  env->milestones[MILESTONE_ENVIRONMENT] = uv_hrtime();

  js_scope scope;
  js_scope_open(env->js, &scope);
  timers_init(env);
  bootstrap(env);
  env->milestones[MILESTONE_BOOTSTRAP_COMPLETE] = uv_hrtime();

#ifdef NODE_BUILD_CODE_CACHE
  if (cache_out) return code_cache_build(env, cache_out);
#endif

  int failed;
  call_builtin_export(env, "internal/main/run", "runMain", 0, NULL, &failed);
  {
    /* What runs from now on comes from the loop, outside the main script's async context
     * (a plain call: the queues were drained after the main script, or wait for the loop). */
    js_value mod = env_require_builtin(env, "internal/async_hooks");
    js_value fn = mod ? js_get_named(env->js, mod, "leaveTopLevel") : NULL;
    if (fn && js_is(fn, JS_IS_FUNCTION))
      js_call_function(env->js, fn, js_undefined(env->js), 0, NULL, NULL);
  }

  env->milestones[MILESTONE_LOOP_START] = uv_hrtime();
  for (;;) {
    uv_run(env->loop, UV_RUN_DEFAULT);
    call_builtin_export(env, "internal/bootstrap/node", "emitBeforeExit", 0, NULL, &failed);
    if (!uv_loop_alive(env->loop)) break;
  }
  env->milestones[MILESTONE_LOOP_EXIT] = uv_hrtime();
  js_value code = call_builtin_export(env, "internal/bootstrap/node", "emitExit", 0, NULL,
                                      &failed);
  int exit_code = (code && js_is(code, JS_IS_NUMBER)) ? js_int32_value(code) : 1;
  env_exit(env, exit_code);
}
