'use strict';
// Runs what the command line asked for: -c, -e/-p, a script, or a script read from stdin.
// src/main.c calls runMain() after the bootstrap, then runs the loop.

const { getOptionValue } = require('internal/options');

function loader() {
  return require('internal/modules/cjs/loader');
}

function preload() {
  const requests = getOptionValue('--require');
  if (requests.length > 0) loader().Module._preloadModules(requests);
}

// -e and -p run as a script in the global scope with CommonJS names defined, as Node does.
// Its import() resolves from `name` in the current directory.
function evalScript(name, source, print) {
  const { Module } = loader();
  const path = require('path');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const req = Module.createRequire ? Module.createRequire(module.filename) : module.require.bind(module);
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = req;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  if (name === '[eval]') addBuiltinLibsToGlobal();
  const { registerBaseURL } = require('internal/modules/esm/utils');
  const { pathToFileURL } = require('internal/modules/esm/file_url');
  const hostId = registerBaseURL(pathToFileURL(module.filename));
  const result = internalBinding('contextify').runScript(source, name, hostId);
  if (print) {
    const { log } = require('internal/console/global');
    log(result);
  }
}

// In -e/-p code (as in the REPL; not in code from stdin) the public built-ins are globals:
// `util`, `fs`, ...
function addBuiltinLibsToGlobal() {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  for (const id of BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList()) {
    if (id.includes('/') || id.startsWith('_') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      configurable: true,
      enumerable: false,
      get() {
        const lib = BuiltinModule.require(id);
        Object.defineProperty(globalThis, id, { value: lib, writable: true, configurable: true, enumerable: false });
        return lib;
      },
      set(value) {
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}

// --input-type=module -e/-p/stdin code.
function evalModule(source, print) {
  if (print) {
    const { ERR_EVAL_ESM_CANNOT_PRINT } = require('internal/errors').codes;
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  if (getOptionValue('[has_eval_string]')) addBuiltinLibsToGlobal();
  require('internal/modules/esm/run_main').evalModule(source);
}

function isModuleInput() {
  return getOptionValue('--input-type') === 'module';
}

// As Node: an ES module (by --input-type for -e and stdin, else by its format) is checked as
// one, the rest as CommonJS.
function checkSyntax(source, filename) {
  let isModule;
  if (filename === '[stdin]' || filename === '[eval]') {
    isModule = isModuleInput();
  } else {
    const { defaultGetFormat } = require('internal/modules/esm/get_format');
    const { pathToFileURL } = require('internal/modules/esm/file_url');
    isModule = defaultGetFormat(pathToFileURL(filename)) === 'module';
  }
  if (isModule) {
    const { ModuleWrap } = internalBinding('module_wrap');
    new ModuleWrap(filename, source);
    return;
  }
  const { stripShebangOrBOM, wrapSafe } = checkHelpers();
  wrapSafe(filename, stripShebangOrBOM(source));
}

// Node refuses any other --input-type at start-up.
function validateInputType() {
  const inputType = getOptionValue('--input-type');
  if (inputType === undefined || inputType === 'module' || inputType === 'commonjs') return;
  internalBinding('fs').writeStringSync(
    2, `${process.argv0}: --input-type must be "module" or "commonjs"\n`);
  internalBinding('process_methods').reallyExit(9);
}

function checkHelpers() {
  return {
    stripShebangOrBOM(content) {
      if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
      if (content.startsWith('#!')) {
        const nl = content.indexOf('\n');
        content = nl === -1 ? '' : content.slice(nl);
      }
      return content;
    },
    wrapSafe(filename, content) {
      internalBinding('contextify').compileFunction(content, filename,
        ['exports', 'require', 'module', '__filename', '__dirname']);
    },
  };
}

// From fd 0 itself: stdin may be a socket, which /dev/stdin cannot open.
function readStdin() {
  return require('fs').readFileSync(0, 'utf8');
}

// A child started by fork() (or spawn with an 'ipc' stdio) finds its end of the channel in
// NODE_CHANNEL_FD; the variables are removed so that its own children do not inherit them.
// A cluster worker also has NODE_UNIQUE_ID.
function setupChildProcessIpcChannel() {
  const fdString = process.env.NODE_CHANNEL_FD;
  if (fdString === undefined) return;
  const fd = Number.parseInt(fdString, 10);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  require('child_process')._forkChild(fd, mode);
  if (process.argv[1] && process.env.NODE_UNIQUE_ID) {
    require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
}

function runMain() {
  const evalSource = internalBinding('options').evalSource;
  const print = getOptionValue('--print');
  const argv1 = process.argv[1];
  validateInputType();
  if (getOptionValue('--dns-result-order')) {
    require('internal/dns/utils').getDefaultResultOrder();
  }
  require('internal/modules/esm/utils').initializeESM();

  if (getOptionValue('--check') && argv1 !== undefined && evalSource === undefined) {
    const path = require('path');
    const filename = path.resolve(argv1);
    const source = internalBinding('fs').readFileUtf8(filename);
    if (typeof source === 'number') {
      const { uvException } = require('internal/errors');
      throw uvException({ errno: source, syscall: 'open', path: filename });
    }
    checkSyntax(source, filename);
    return;
  }

  setupChildProcessIpcChannel();
  preload();

  if (evalSource !== undefined) {
    if (isModuleInput()) evalModule(evalSource, print);
    else evalScript('[eval]', evalSource, print);
    return;
  }

  if (argv1 !== undefined && !getOptionValue('--stdin')) {
    const path = require('path');
    process.argv[1] = path.resolve(argv1);
    loader().Module.runMain(process.argv[1]);
    return;
  }

  // No script: read it from stdin (`node - < x.js`, `cat x.js | node`).
  if (getOptionValue('--stdin')) process.argv.splice(1, 0, '-');
  const source = readStdin();
  if (getOptionValue('--check')) {
    checkSyntax(source, '[stdin]');
    return;
  }
  if (isModuleInput()) evalModule(source, print);
  else evalScript('[stdin]', source, print);
}

module.exports = { runMain };
