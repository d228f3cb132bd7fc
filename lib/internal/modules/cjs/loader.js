'use strict';
// The CommonJS module loader: `Module`, require() resolution (relative, absolute, node_modules,
// NODE_PATH and global folders, package.json "main", "exports" and "imports"), the module
// wrapper, the extension handlers, and the main-script entry used by the runner.

const path = require('path');
const {
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_REQUIRE_CYCLE_MODULE,
  ERR_REQUIRE_ESM,
  ERR_UNKNOWN_BUILTIN_MODULE,
} = require('internal/errors').codes;
const { validateString } = require('internal/validators');
const packageJsonReader = require('internal/modules/package_json_reader');
const { kCommonJSHostId } = require('internal/modules/esm/utils');
const {
  makeRequireFunction,
  stripBOM,
  canBeRequiredByUsers,
  canBeRequiredWithoutScheme,
  normalizeRequirableId,
  isBuiltin,
  loadBuiltinModule,
} = require('internal/modules/helpers');

const isWindows = process.platform === 'win32';

let fsBinding;
function fsb() {
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  return fsBinding;
}

let optionsModule;
function getOptionValue(name) {
  if (optionsModule === undefined) optionsModule = require('internal/options');
  return optionsModule.getOptionValue(name);
}

let uvException;
function throwUV(errno, syscall, p) {
  if (uvException === undefined) ({ uvException } = require('internal/errors'));
  throw uvException({ errno, syscall, path: p });
}

// Module -> the module that first required it (what module.parent reports).
const moduleParentCache = new WeakMap();

let requireDepth = 0;
let isPreloading = false;
let statCache = null;
let modulePaths = [];

// `${parent.path}\x00${request}` -> filename: skips resolution for repeated requires.
const relativeResolveCache = { __proto__: null };
// Realpaths are cached for the life of the process, as Node does.
const realpathCache = new Map();

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];

let warnedParent = false;
function getModuleParent() {
  warnPendingParent();
  return moduleParentCache.get(this);
}
function setModuleParent(value) {
  warnPendingParent();
  moduleParentCache.set(this, value);
}
function warnPendingParent() {
  if (warnedParent || !getOptionValue('--pending-deprecation')) return;
  warnedParent = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
                      'require.main to find program entry point instead.',
                      'DeprecationWarning', 'DEP0144');
}

Object.defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  get() { return isPreloading; },
  enumerable: false,
  configurable: true,
});
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get: getModuleParent,
  set: setModuleParent,
  enumerable: false,
  configurable: false,
});

// --- the wrapper: Module.wrap / Module.wrapper. Replacing either, or changing an element of
// the wrapper array, makes the loader compile through them as Node does.

let wrapperPatched = false;
let wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
const wrapperArray = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let wrapperProxy = new Proxy(wrapperArray, {
  set(target, property, value, receiver) {
    wrapperPatched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapperPatched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) {
    wrapperPatched = true;
    wrap = value;
  },
  enumerable: false,
  configurable: false,
});
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapperProxy; },
  set(value) {
    wrapperPatched = true;
    wrapperProxy = value;
  },
  enumerable: false,
  configurable: false,
});

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// --- file system probes

let userStat;
function stat(filename) {
  if (userStat !== undefined) {
    emitExperimentalWarning('Module._stat');
    return userStat(filename);
  }
  filename = path.toNamespacedPath(filename);
  if (statCache !== null) {
    const hit = statCache.get(filename);
    if (hit !== undefined) return hit;
  }
  const result = fsb().internalModuleStat(filename);
  // Only successes are cached: a file may appear while a module runs.
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}
Object.defineProperty(Module, '_stat', {
  __proto__: null,
  get() { return userStat === undefined ? stat : userStat; },
  set(fn) { userStat = fn; },
  enumerable: false,
  configurable: true,
});

let userReadPackage;
function readPackage(requestPath) {
  if (userReadPackage !== undefined) {
    emitExperimentalWarning('Module._readPackage');
    return userReadPackage(requestPath);
  }
  return packageJsonReader.readPackage(requestPath);
}
Object.defineProperty(Module, '_readPackage', {
  __proto__: null,
  get() { return userReadPackage === undefined ? packageJsonReader.readPackage : userReadPackage; },
  set(fn) { userReadPackage = fn; },
  enumerable: false,
  configurable: true,
});

function toRealPath(requestPath) {
  const cached = realpathCache.get(requestPath);
  if (cached !== undefined) return cached;
  const result = fsb().realpath(path.toNamespacedPath(requestPath));
  if (typeof result !== 'string') throwUV(result, 'realpath', requestPath);
  realpathCache.set(requestPath, result);
  return result;
}

function readSource(filename) {
  const content = fsb().readFileUtf8(path.toNamespacedPath(filename));
  if (typeof content !== 'string') {
    // EISDIR comes from read(), every other failure from open().
    throwUV(content, content === -21 ? 'read' : 'open', filename);
  }
  return content;
}

function preserveSymlinks() {
  return getOptionValue('--preserve-symlinks');
}

// The file `requestPath` (realpath'd unless symlinks are preserved), or false.
function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (isMain ? getOptionValue('--preserve-symlinks-main') : preserveSymlinks()) {
    return path.resolve(requestPath);
  }
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

// A directory: its package.json "main" (with extensions and index fallbacks), else its index.
function tryPackage(requestPath, exts, isMain, originalPath) {
  const main = readPackage(requestPath).main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);

  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
                            'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    } else {
      const jsonPath = path.resolve(requestPath, 'package.json');
      process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. ` +
                          'Please either fix that or report it to the module author',
                          'DeprecationWarning', 'DEP0128');
    }
  }
  return actual;
}

// --- "exports" / "imports"

let exportsResolver;
function lazyExports() {
  if (exportsResolver === undefined) exportsResolver = require('internal/modules/exports');
  return exportsResolver;
}

const resolverEnv = {
  isBuiltin: (id) => canBeRequiredWithoutScheme(id),
  isDirectory: (p) => stat(p) === 1,
  isFile: (p) => stat(p) === 0,
};

let cjsConditions;
function getCjsConditions() {
  if (cjsConditions === undefined) {
    const userConditions = getOptionValue('--conditions') || [];
    const addons = getOptionValue('--addons') !== false;
    cjsConditions = new Set(['require', 'node', ...(addons ? ['node-addons'] : []),
                             ...userConditions]);
  }
  return cjsConditions;
}

function createEsmNotFoundErr(request, p) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (p) err.path = p;
  return err;
}

// Turns a location found through "exports"/"imports" into a loadable filename.
function finalizeResolution(resolved, parentPath, pkgPath) {
  const { hasEncodedSeparator, decodeURLPath, toHref } = lazyExports();
  if (hasEncodedSeparator(resolved)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      toHref(resolved), 'must not include encoded "/" or "\\" characters', parentPath);
  }
  const filename = decodeURLPath(resolved);
  const actual = tryFile(filename);
  if (actual) return actual;
  throw createEsmNotFoundErr(filename, path.resolve(pkgPath, 'package.json'));
}

// `name` or `@scope/name`, and the rest starting with '/', of a bare request; undefined when
// the request cannot name a package.
function splitPackageRequest(request) {
  let i = 0;
  if (request[0] === '@') {
    i = 1;
    while (i < request.length && request[i] !== '/') {
      const c = request[i];
      if (c === '\\' || c === '%') return undefined;
      i++;
    }
    if (i === 1 || i === request.length) return undefined;
    i++;
  }
  const first = request[i];
  if (first === undefined || first === '.' || first === '/' || first === '\\' || first === '%') {
    return undefined;
  }
  let j = i + 1;
  while (j < request.length && request[j] !== '/') {
    const c = request[j];
    if (c === '\\' || c === '%') return undefined;
    j++;
  }
  const rest = request.slice(j);
  // The rest is matched by `.*`, which stops at line terminators.
  if (/[\n\r\u2028\u2029]/.test(rest)) return undefined;
  return [request.slice(0, j), rest];
}

function resolveExports(nmPath, request) {
  const parts = splitPackageRequest(request);
  if (parts === undefined) return undefined;
  const pkgPath = path.resolve(nmPath, parts[0]);
  const pkg = readPackage(pkgPath);
  if (pkg.exists && pkg.exports != null) {
    const resolver = lazyExports();
    const ctx = resolver.makeContext(`${pkgPath}/package.json`, undefined, getCjsConditions(),
                                     resolverEnv);
    try {
      return finalizeResolution(resolver.packageExportsResolve(ctx, `.${parts[1]}`, pkg),
                                null, pkgPath);
    } catch (err) {
      if (err.code === 'ERR_MODULE_NOT_FOUND') {
        throw createEsmNotFoundErr(request, `${pkgPath}/package.json`);
      }
      throw err;
    }
  }
  return undefined;
}

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return process.cwd() + path.sep;
    } catch {
      return false;
    }
  }
  return false;
}

// A package requiring itself by its own name, through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = packageJsonReader.readPackageScope(parentPath);
  if (!scope) return false;
  const pkg = scope.data;
  if (pkg.exports == null || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (request.startsWith(`${pkg.name}/`)) {
    expansion = `.${request.slice(pkg.name.length)}`;
  } else {
    return false;
  }
  const resolver = lazyExports();
  const ctx = resolver.makeContext(`${scope.path}/package.json`, parentPath, getCjsConditions(),
                                   resolverEnv);
  try {
    return finalizeResolution(resolver.packageExportsResolve(ctx, expansion, pkg),
                              parentPath, scope.path);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') {
      throw createEsmNotFoundErr(request, `${scope.path}/package.json`);
    }
    throw err;
  }
}

// --- resolution

function isRelativeRequest(request) {
  // './x', '../x', '.', '..' (and with backslashes on Windows).
  if (request[0] !== '.') return false;
  if (request.length === 1) return true;
  const c = request[1];
  if (c === '/' || (isWindows && c === '\\')) return true;
  if (c !== '.') return false;
  if (request.length === 2) return true;
  const d = request[2];
  return d === '/' || (isWindows && d === '\\');
}

// Node's looser test for lookup paths: only the first two characters count, so '..x' is
// relative too.
function startsLikeRelative(request) {
  if (request[0] !== '.') return false;
  if (request.length === 1) return true;
  const c = request[1];
  return c === '.' || c === '/' || (isWindows && c === '\\');
}

// Whether the request ends in a way that only a directory can match: '/', '.', '..', '/.',
// '/..'.
function endsLikeDirectory(request) {
  const len = request.length;
  if (len === 0) return false;
  const last = request.charCodeAt(len - 1);
  if (last === 47) return true;
  if (last !== 46) return false;
  if (len === 1) return true;
  const prev = request.charCodeAt(len - 2);
  if (prev === 47) return true;
  if (prev !== 46) return false;
  return len === 2 || request.charCodeAt(len - 3) === 47;
}

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  let exts;
  const trailingSlash = endsLikeDirectory(request);
  // A request that climbs out of its start ('../x') may point at directories outside the
  // lookup path, so the lookup path need not exist.
  let insidePath = true;
  if (isRelativeRequest(request) && path.normalize(request).startsWith('..')) {
    insidePath = false;
  }

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;

    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }

    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (!isMain) {
          filename = preserveSymlinks() ? path.resolve(basePath) : toRealPath(basePath);
        } else if (getOptionValue('--preserve-symlinks-main')) {
          filename = path.resolve(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// The node_modules folders to search from the directory `from`, nearest first; none is
// looked for inside a node_modules folder itself (no .../node_modules/node_modules).
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let end = from.length;
  while (end > 0) {
    const slash = from.lastIndexOf('/', end - 1);
    const segment = from.slice(slash + 1, end);
    if (segment !== 'node_modules') paths.push(from.slice(0, end) + '/node_modules');
    end = slash;
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (normalizeRequirableId(request) !== undefined) return null;

  if (!startsLikeRelative(request)) {
    let paths;
    if (parent && parent.paths && parent.paths.length) {
      paths = parent.paths.concat(modulePaths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }

  // With no parent file (the REPL, -e), relative requests start from the current directory.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (normalizeRequirableId(request) !== undefined) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (request.startsWith('./') || request.startsWith('../') ||
          (isWindows && (request.startsWith('.\\') || request.startsWith('..\\')))) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && parent && (parent.filename || parent.id === '<repl>')) {
    const parentPath = parent.filename || process.cwd() + path.sep;
    const scope = packageJsonReader.readPackageScope(parentPath);
    if (scope && scope.data.imports != null) {
      const resolver = lazyExports();
      try {
        return finalizeResolution(
          resolver.packageImportsResolve(request, parentPath, getCjsConditions(), resolverEnv),
          parentPath, scope.path);
      } catch (err) {
        if (err.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw err;
      }
    }
  }

  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// --- loading

// Partial exports handed out during a cycle warn when a missing property is read.
const circularWarningPrototype = new Proxy({}, {
  get(target, prop) {
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
                      'inside circular dependency');
}

let typesBinding;
function isProxy(value) {
  if (typesBinding === undefined) typesBinding = internalBinding('types');
  return typesBinding.isProxy(value);
}

// The modules whose ES module require() is loading: requiring one again is a cycle that
// cannot be satisfied.
const requiredESMLoading = new WeakSet();

function getExportsForCircularRequire(module) {
  if (requiredESMLoading.has(module)) {
    let message = `Cannot require() ES Module ${module.id} in a cycle.`;
    const parent = moduleParentCache.get(module);
    if (parent) message += ` (from ${parent.filename})`;
    throw new ERR_REQUIRE_CYCLE_MODULE(message);
  }
  const exports = module.exports;
  if (exports && !isProxy(exports) && Object.getPrototypeOf(exports) === Object.prototype &&
      !exports.__esModule) {
    Object.setPrototypeOf(exports, circularWarningPrototype);
  }
  return exports;
}

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    const builtin = canBeRequiredByUsers(id) ? loadBuiltinModule(id) : undefined;
    if (builtin === undefined) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return builtin.exports;
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (canBeRequiredWithoutScheme(filename)) return loadBuiltinModule(filename).exports;

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    // As in Node, this lands on Module.prototype.require.
    module.require.main = process.mainModule;
    module.id = '.';
  }

  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent && parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports && !isProxy(module.exports) &&
               Object.getPrototypeOf(module.exports) === circularWarningPrototype) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

// The registered extension for `filename` with the most dots ('.test.js' before '.js'); a
// leading dot of the name does not start an extension. '.js' when none is registered.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

// Messages of V8's SyntaxErrors for import/export in a script: the file was meant as an ES
// module.
const esmSyntaxMessages = [
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
];

function isEsmSyntaxError(err) {
  return err instanceof SyntaxError && esmSyntaxMessages.includes(err.message);
}

function compileWrapper(content, filename) {
  if (wrapperPatched) {
    const wrapped = Module.wrap(content);
    return require('vm').runInThisContext(wrapped, {
      filename,
      lineOffset: 0,
      displayErrors: true,
    });
  }
  try {
    return internalBinding('contextify').compileFunction(content, filename, wrapperParams,
                                                         kCommonJSHostId);
  } catch (err) {
    if (isEsmSyntaxError(err)) {
      process.emitWarning('To load an ES module, set "type": "module" in the package.json ' +
                          'or use the .mjs extension.');
    }
    throw err;
  }
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = compileWrapper(content, filename);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  if (requireDepth === 0) statCache = new Map();
  try {
    return Reflect.apply(compiledWrapper, exports,
                         [exports, require, this, filename, dirname]);
  } finally {
    if (requireDepth === 0) statCache = null;
  }
};

// Whether `content` uses import/export statements, judged by compiling it as a script.
function hasEsmSyntax(content, filename) {
  try {
    internalBinding('contextify').compileFunction(content, filename, wrapperParams);
    return false;
  } catch (err) {
    return isEsmSyntaxError(err);
  }
}

// require() of an ES module in a "type": "module" package with
// --no-experimental-require-module.
function throwRequireEsmForTypeModule(module, filename, content, pjsonPath) {
  const parentPath = moduleParentCache.get(module)?.filename;
  const usesEsm = hasEsmSyntax(content, filename);
  const err = new ERR_REQUIRE_ESM(filename, usesEsm, parentPath);
  const base = parentPath && path.basename(filename) === path.basename(parentPath) ?
    filename : path.basename(filename);
  if (usesEsm) {
    err.message += `\nInstead change the require of ${base} in ${parentPath} to a dynamic ` +
      'import() which is available in all CommonJS modules.';
  } else {
    err.message += `\n${base} is treated as an ES module file as it is a .js file whose ` +
      'nearest parent package.json contains "type": "module" which declares all .js files ' +
      `in that package scope as ES modules.\nInstead either rename ${base} to end in .cjs, ` +
      'change the requiring code to use dynamic import() which is available in all ' +
      'CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
      `${pjsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules ` +
      'instead).\n';
  }
  throw err;
}

// An ES module (.mjs, or a file of a "type": "module" package), which require() loads as
// Node 20.19 and later do (unless --no-experimental-require-module): synchronously, its
// namespace as module.exports.
function loadESMFromCJS(module, filename) {
  const parent = moduleParentCache.get(module);
  const { getLoader } = require('internal/modules/esm/utils');
  requiredESMLoading.add(module);
  try {
    module.exports = getLoader().importSyncForRequire(filename, parent?.filename);
  } finally {
    requiredESMLoading.delete(module);
  }
}

Module._extensions['.js'] = function(module, filename) {
  const requireModule = getOptionValue('--experimental-require-module');
  if (filename.endsWith('.mjs')) {
    if (!requireModule) {
      throw new ERR_REQUIRE_ESM(filename, true, moduleParentCache.get(module)?.filename);
    }
    loadESMFromCJS(module, filename);
    return;
  }
  const content = readSource(filename);
  // In a "type": "module" package, every file but .cjs ones is an ES module to require();
  // without require(esm), .js files are refused and the others compiled as CommonJS.
  if (!filename.endsWith('.cjs')) {
    const scope = packageJsonReader.readPackageScope(filename);
    if (scope && scope.data.type === 'module') {
      if (requireModule) {
        loadESMFromCJS(module, filename);
        return;
      }
      if (filename.endsWith('.js')) {
        throwRequireEsmForTypeModule(module, filename, content, scope.data.pjsonPath);
      }
    }
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

// --- paths, entry points, public helpers

Module._initPaths = function() {
  const homeDir = isWindows ? process.env.USERPROFILE : process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  // The prefix is two levels above the binary (…/bin/node -> …), one on Windows.
  const prefixDir = isWindows ?
    path.resolve(process.execPath, '..') :
    path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter((p) => !!p).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests)) return;
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (err) {
    if (err.code !== 'ENOENT') {
      isPreloading = false;
      throw err;
    }
  }
  try {
    for (let i = 0; i < requests.length; i++) parent.require(requests[i]);
  } finally {
    isPreloading = false;
  }
};

// The file the main script `main` names (extensions and directories tried as for require()),
// realpath'd unless --preserve-symlinks-main; undefined when there is none.
function resolveMainPath(main) {
  const mainPath = Module._findPath(path.resolve(main), null, true);
  if (!mainPath) return undefined;
  if (getOptionValue('--preserve-symlinks-main')) return mainPath;
  return toRealPath(mainPath);
}

// Runs the main script process.argv[1] (or `main`): as module '.', require.main, unless it is
// an ES module (internal/modules/esm/run_main).
function executeUserEntryPoint(main = process.argv[1]) {
  const esm = require('internal/modules/esm/run_main');
  const mainPath = resolveMainPath(main);
  if (esm.shouldUseESMLoader(mainPath)) {
    esm.runMainESM(mainPath);
    return;
  }
  return Module._load(path.resolve(main), null, true);
}

Module.runMain = executeUserEntryPoint;

function createRequireFromPath(filename) {
  // A directory may be given, with its trailing separator.
  const trailingSlash = filename.endsWith('/') || (isWindows && filename.endsWith('\\'));
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

function createRequire(filename) {
  let filepath;
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = require('internal/modules/esm/file_url').fileURLToPath(
        typeof filename === 'string' ? filename : filename.href);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

Module.createRequire = createRequire;
Module.isBuiltin = isBuiltin;

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/translators').syncBuiltinESMExports();
};

let warnedDebug = false;
Module._debug = function(...args) {
  if (!warnedDebug && getOptionValue('--pending-deprecation')) {
    warnedDebug = true;
    process.emitWarning('Module._debug is deprecated.', 'DeprecationWarning', 'DEP0077');
  }
  void args;
};

Module.Module = Module;

Module._initPaths();

module.exports = {
  Module,
  executeUserEntryPoint,
  resolveMainPath,
  toRealPath,
  getCjsConditions,
};
