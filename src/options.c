/* options.c -- the node command line and NODE_OPTIONS: Node's options are ours, the rest go to
 * V8, and what neither knows is a bad option. Read from JS through internalBinding('options')
 * (lib/internal/options.js). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

enum { OPT_BOOL, OPT_STRING, OPT_LIST };

/* Where an option is stored. */
#define OFF(field) offsetof(node_options, field)

typedef struct {
  const char *name;       /* long form, dashes */
  const char *alias;      /* short form or NULL */
  int kind;
  size_t offset;
  int in_node_options;    /* allowed in NODE_OPTIONS */
} option_def;

/* Options Node 20 documents that we implement; sorted by name. */
static const option_def option_defs[] = {
  {"--abort-on-uncaught-exception", NULL, OPT_BOOL, OFF(abort_on_uncaught), 1},
  {"--check", "-c", OPT_BOOL, OFF(check_syntax), 0},
  {"--conditions", "-C", OPT_LIST, OFF(conditions), 1},
  {"--disable-warning", NULL, OPT_LIST, OFF(disable_warning), 1},
  {"--dns-result-order", NULL, OPT_STRING, OFF(dns_result_order), 1},
  {"--eval", "-e", OPT_STRING, OFF(eval_source), 0},
  {"--experimental-require-module", NULL, OPT_BOOL, OFF(require_module), 1},
  {"--expose-internals", NULL, OPT_BOOL, OFF(expose_internals), 1},
  {"--input-type", NULL, OPT_STRING, OFF(input_type), 1},
  {"--interactive", "-i", OPT_BOOL, OFF(interactive), 0},
  {"--no-deprecation", NULL, OPT_BOOL, OFF(no_deprecation), 1},
  {"--no-warnings", NULL, OPT_BOOL, OFF(no_warnings), 1},
  {"--pending-deprecation", NULL, OPT_BOOL, OFF(pending_deprecation), 1},
  {"--preserve-symlinks", NULL, OPT_BOOL, OFF(preserve_symlinks), 1},
  {"--preserve-symlinks-main", NULL, OPT_BOOL, OFF(preserve_symlinks_main), 1},
  {"--redirect-warnings", NULL, OPT_STRING, OFF(redirect_warnings), 1},
  {"--print", "-p", OPT_STRING, OFF(eval_source), 0},
  {"--require", "-r", OPT_LIST, OFF(preload), 1},
  {"--throw-deprecation", NULL, OPT_BOOL, OFF(throw_deprecation), 1},
  {"--title", NULL, OPT_STRING, OFF(title), 1},
  {"--trace-deprecation", NULL, OPT_BOOL, OFF(trace_deprecation), 1},
  {"--trace-uncaught", NULL, OPT_BOOL, OFF(trace_uncaught), 1},
  {"--trace-warnings", NULL, OPT_BOOL, OFF(trace_warnings), 1},
  {"--unhandled-rejections", NULL, OPT_STRING, OFF(unhandled_rejections), 1},
};

/* V8 flags Node lists in its own --help and allows in NODE_OPTIONS. */
static const char *const v8_node_options[] = {
  "--abort-on-uncaught-exception", "--disallow-code-generation-from-strings",
  "--enable-etw-stack-walking", "--expose-gc", "--huge-max-old-generation-size",
  "--interpreted-frames-native-stack", "--jitless", "--max-old-space-size",
  "--max-semi-space-size", "--perf-basic-prof", "--perf-basic-prof-only-functions",
  "--perf-prof", "--perf-prof-unwinding-info", "--stack-trace-limit", NULL,
};

static const char usage[] =
  "Usage: node [options] [ script.js ] [arguments]\n"
  "       node inspect [options] [ script.js | host:port ] [arguments]\n"
  "\n"
  "Options:\n"
  "  -                           script read from stdin (default if no file name is\n"
  "                              provided, interactive mode if a tty)\n"
  "  --                          indicate the end of node options\n"
  "  --abort-on-uncaught-exception\n"
  "                              aborting instead of exiting causes a core file to be\n"
  "                              generated for analysis\n"
  "  -c, --check                 syntax check script without executing\n"
  "  -C, --conditions=...        additional user conditions for conditional exports\n"
  "                              and imports\n"
  "  --disable-warning=...       silence specific process warnings\n"
  "  --dns-result-order=...      set default value of verbatim in dns.lookup. Options are\n"
  "                              'ipv4first', 'ipv6first' or 'verbatim'\n"
  "  -e, --eval=...              evaluate script\n"
  "  --expose-gc                 expose gc extension\n"
  "  -h, --help                  print node command line options (currently set)\n"
  "  --input-type=...            set module type for string input\n"
  "  --max-old-space-size=...    set max size of the old generation (in MiB)\n"
  "  --no-deprecation            silence deprecation warnings\n"
  "  --no-warnings               silence all process warnings\n"
  "  --pending-deprecation       emit pending deprecation warnings\n"
  "  --preserve-symlinks         preserve symbolic links when resolving\n"
  "  --preserve-symlinks-main    preserve symbolic links when resolving the main module\n"
  "  -p, --print [...]           evaluate script and print result\n"
  "  -r, --require=...           CommonJS module to preload (option can be repeated)\n"
  "  --stack-size=...            set the V8 stack size (in KiB)\n"
  "  --throw-deprecation         throw an exception on deprecations\n"
  "  --redirect-warnings=...     write warnings to file instead of stderr\n"
  "  --title=...                 the process title to use on startup\n"
  "  --trace-deprecation         show stack traces on deprecations\n"
  "  --trace-uncaught            show stack traces for the `throw` behind uncaught\n"
  "                              exceptions\n"
  "  --trace-warnings            show stack traces on process warnings\n"
  "  --unhandled-rejections=...  define unhandled rejections behavior. Options are\n"
  "                              'strict' (always raise an error), 'throw' (raise an\n"
  "                              error unless 'unhandledRejection' hook is set), 'warn'\n"
  "                              (log warnings), 'none' (silence warnings),\n"
  "                              'warn-with-error-code' (log warnings and set exit code\n"
  "                              1 unless 'unhandledRejection' hook is set). (default:\n"
  "                              throw)\n"
  "  --v8-options                print V8 command line options\n"
  "  -v, --version               print Node.js version\n"
  "\n"
  "Environment variables:\n"
  "NODE_DEBUG                    ','-separated list of core modules that should print\n"
  "                              debug information\n"
  "NODE_OPTIONS                  set CLI options in the environment via a space-separated\n"
  "                              list\n"
  "NODE_PATH                     ':'-separated list of directories prefixed to the module\n"
  "                              search path\n"
  "\n"
  "Documentation can be found at https://nodejs.org/\n";

/* Messages name the program as it was invoked, as Node's do. */
static const char *progname = "node";

static void bad_option(const char *arg) {
  fprintf(stderr, "%s: bad option: %s\n", progname, arg);
  exit(9);
}

static void push(char ***list, int *n, const char *s) {
  *list = realloc(*list, sizeof(char *) * (size_t)(*n + 2));
  if (!*list) abort();
  (*list)[(*n)++] = strdup(s);
  (*list)[*n] = NULL;
}

/* "--trace_warnings=x" -> "--trace-warnings" in name, "x" in *value. */
static void split_option(const char *arg, char *name, size_t cap, const char **value) {
  const char *eq = strchr(arg, '=');
  size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
  if (n >= cap) n = cap - 1;
  memcpy(name, arg, n);
  name[n] = 0;
  for (size_t i = 2; i < n; i++)
    if (name[i] == '_') name[i] = '-';
  *value = eq ? eq + 1 : NULL;
}

static const option_def *find_option(const char *name) {
  for (size_t i = 0; i < ARRAY_SIZE(option_defs); i++) {
    if (!strcmp(option_defs[i].name, name)) return &option_defs[i];
    if (option_defs[i].alias && !strcmp(option_defs[i].alias, name)) return &option_defs[i];
  }
  return NULL;
}

static int is_v8_node_option(const char *name) {
  for (int i = 0; v8_node_options[i]; i++)
    if (!strcmp(v8_node_options[i], name)) return 1;
  return !strcmp(name, "--stack-size") || !strcmp(name, "--max-old-space-size") ||
         !strcmp(name, "--expose-gc");
}

typedef struct {
  char **v8;     /* argv-style for V8: v8[0] is the program name */
  int nv8;
} v8_args;

/* Returns how many argv entries were consumed (1 or 2), 0 when arg is not an option. */
static int take_option(node_options *o, v8_args *v8, char **argv, int i, int argc,
                       int from_env) {
  const char *arg = argv[i];
  char name[128];
  const char *value;
  if (arg[0] != '-' || !strcmp(arg, "-") || !strcmp(arg, "--")) return 0;
  split_option(arg, name, sizeof name, &value);
  int negated = 0;
  const option_def *def = find_option(name);
  if (!def && !strncmp(name, "--no-", 5)) {
    char pos[128];
    snprintf(pos, sizeof pos, "--%s", name + 5);
    def = find_option(pos);
    if (def && def->kind == OPT_BOOL) negated = 1;
    else def = NULL;
  }
  if (!strcmp(name, "--no-warnings") || !strcmp(name, "--no-deprecation")) {
    def = find_option(name);
    negated = 0;
  }
  if (!strcmp(name, "-v") || !strcmp(name, "--version") || !strcmp(name, "-h") ||
      !strcmp(name, "--help") || !strcmp(name, "--v8-options")) {
    if (from_env) {
      fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n", progname, name);
      exit(9);
    }
    if (name[1] == 'v' || !strcmp(name, "--version")) {
      printf("v%s\n", NODE_VERSION_STRING);
      exit(0);
    }
    if (!strcmp(name, "--v8-options")) {
      char *flags[] = { argv[0], (char *)"--help", NULL };
      int n = 2;
      js_platform_init(&n, flags);
      exit(0);
    }
    fputs(usage, stdout);
    exit(0);
  }
  if (!def) {
    if (from_env && !is_v8_node_option(name)) {
      fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n", progname, name);
      exit(9);
    }
    push(&v8->v8, &v8->nv8, arg);
    return 1;
  }
  if (from_env && !def->in_node_options) {
    fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n", progname, name);
    exit(9);
  }
  char *field = (char *)o + def->offset;
  int used = 1;
  if (def->kind == OPT_BOOL) {
    if (value) bad_option(arg);
    *(int *)field = !negated;
  } else {
    if (!value) {
      int optional = !strcmp(def->name, "--print");
      /* As Node: the next argument is the value unless it looks like an option. */
      if (i + 1 < argc && argv[i + 1][0] != '-') {
        value = argv[i + 1];
        used = 2;
      } else if (!optional) {
        fprintf(stderr, "%s: %s requires an argument\n", progname, name);
        exit(9);
      }
    }
    if (def->kind == OPT_STRING) {
      *(const char **)field = value ? strdup(value) : NULL;
    } else {
      option_list *list = (option_list *)field;
      push(&list->items, &list->n, value);
    }
  }
  if (!strcmp(def->name, "--print")) {
    o->print_eval = 1;
    if (!value && i + 1 >= argc) o->eval_source = NULL;
  }
  if (!strcmp(def->name, "--eval") && !value) bad_option(arg);
  return used;
}

/* Splits NODE_OPTIONS on spaces, honouring double quotes and backslash escapes. */
static char **split_env_options(const char *s, int *count) {
  char **out = NULL;
  int n = 0;
  char *buf = malloc(strlen(s) + 1);
  if (!buf) abort();
  while (*s) {
    while (*s == ' ') s++;
    if (!*s) break;
    size_t len = 0;
    int quoted = 0;
    while (*s && (quoted || *s != ' ')) {
      if (*s == '"') {
        quoted = !quoted;
        s++;
        continue;
      }
      if (*s == '\\' && quoted && s[1]) s++;
      buf[len++] = *s++;
    }
    buf[len] = 0;
    push(&out, &n, buf);
  }
  free(buf);
  *count = n;
  return out;
}

void options_parse(int argc, char **argv, node_options *o) {
  v8_args v8 = { NULL, 0 };
  if (argc > 0 && argv[0]) progname = argv[0];
  /* On by default since Node 20.19: require() of ES modules. */
  o->require_module = 1;
  push(&v8.v8, &v8.nv8, argv[0]);
  /* Node 20 parses import attributes in both forms, `with { type: 'json' }` and the older
   * `assert { ... }`; the user's own V8 flags come after and may turn them off. */
  push(&v8.v8, &v8.nv8, "--harmony-import-assertions");
  push(&v8.v8, &v8.nv8, "--harmony-import-attributes");

  const char *env_opts = getenv("NODE_OPTIONS");
  if (env_opts && *env_opts) {
    int n;
    char **list = split_env_options(env_opts, &n);
    for (int i = 0; i < n;) {
      /* As Node: the first word that is not an option ends the list (it and what follows
       * are ignored); `--` is refused. */
      if (list[i][0] != '-' || !strcmp(list[i], "-")) break;
      if (!strcmp(list[i], "--")) {
        fprintf(stderr, "%s: -- is not allowed in NODE_OPTIONS\n", progname);
        exit(9);
      }
      int used = take_option(o, &v8, list, i, n, 1);
      i += used ? used : 1;
    }
    for (int i = 0; i < n; i++) free(list[i]);
    free(list);
  }

  int i = 1;
  while (i < argc) {
    const char *arg = argv[i];
    if (!strcmp(arg, "--")) {
      push(&o->exec_argv, &o->nexec_argv, arg);
      i++;
      break;
    }
    if (!strcmp(arg, "-")) {
      o->force_stdin = 1;
      break;
    }
    if (arg[0] != '-') break;
    int used = take_option(o, &v8, argv, i, argc, 0);
    for (int k = 0; k < used; k++) push(&o->exec_argv, &o->nexec_argv, argv[i + k]);
    i += used;
  }
  if (i < argc && !strcmp(argv[i], "-")) {
    o->force_stdin = 1;
    i++;
  }
  for (; i < argc; i++) push(&o->script_argv, &o->nscript_argv, argv[i]);
  if (o->check_syntax && (o->eval_source || o->print_eval)) {
    fprintf(stderr, "%s: either --check or --eval can be used, not both\n", argv[0]);
    exit(9);
  }
  if (!o->exec_argv) push(&o->exec_argv, &o->nexec_argv, ""), o->nexec_argv = 0;
  if (!o->script_argv) push(&o->script_argv, &o->nscript_argv, ""), o->nscript_argv = 0;

  /* V8 reorders the array as it takes flags: keep the strings to free them. */
  char **owned = malloc(sizeof(char *) * (size_t)(v8.nv8 + 1));
  if (!owned) abort();
  memcpy(owned, v8.v8, sizeof(char *) * (size_t)(v8.nv8 + 1));
  int nv8 = v8.nv8;
  /* V8 10.2 checksums its start-up snapshot and every code cache it reads, on every run:
   * several million instructions for data that is part of the binary. Set before the
   * user's flags, and the same at build time, so the code caches' flag hash matches. */
  js_set_flags("--no-verify-snapshot-checksum");
  js_platform_init(&nv8, v8.v8);
  for (int k = 1; k < nv8; k++)
    if (v8.v8[k][0] == '-') bad_option(v8.v8[k]);
  for (int k = 0; k < v8.nv8; k++) free(owned[k]);
  free(owned);
  free(v8.v8);
}

/* -- internalBinding('options') -- */

static js_value str_or_undefined(node_env *env, const char *s) {
  return s ? js_string_utf8(env->js, s, (size_t)-1) : js_undefined(env->js);
}

static js_value list_array(node_env *env, char **list, int n) {
  js_value a = js_array_new(env->js, (uint32_t)n);
  for (int i = 0; i < n; i++) js_set_index(env->js, a, (uint32_t)i, str_or_undefined(env, list[i]));
  return a;
}

static js_value options_get_option_value(js_env *js, js_call *call) {
  node_env *env = env_of(js);
  node_options *o = env->options;
  js_utf8 name;
  if (js_utf8_init(js, js_arg(call, 0), &name)) return NULL;
  js_value r = js_undefined(js);
  const option_def *def = find_option(name.str);
  if (def) {
    const char *field = (const char *)o + def->offset;
    if (def->kind == OPT_BOOL)
      r = js_boolean(js, *(const int *)field);
    else if (def->kind == OPT_STRING)
      r = str_or_undefined(env, *(const char *const *)field);
    else
      r = list_array(env, ((const option_list *)field)->items, ((const option_list *)field)->n);
    if (!strcmp(def->name, "--print")) r = js_boolean(js, o->print_eval);
  } else if (!strcmp(name.str, "[has_eval_string]")) {
    r = js_boolean(js, o->eval_source != NULL);
  } else if (!strcmp(name.str, "--stdin")) {
    r = js_boolean(js, o->force_stdin);
  }
  js_utf8_free(&name);
  return r;
}

static const js_method options_methods[] = {
  {"getOptionValue", options_get_option_value, 1},
};

js_value binding_init_options(node_env *env) {
  js_value b = js_object_new(env->js);
  js_set_methods(env->js, b, options_methods, ARRAY_SIZE(options_methods));
  node_options *o = env->options;
  js_set_named(env->js, b, "evalSource", str_or_undefined(env, o->eval_source));
  js_set_named(env->js, b, "execArgv", list_array(env, o->exec_argv, o->nexec_argv));
  js_set_named(env->js, b, "scriptArgv", list_array(env, o->script_argv, o->nscript_argv));
  return b;
}
