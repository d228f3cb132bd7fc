'use strict';
// Helpers shared by the module loaders: the `require` function handed to each CommonJS module,
// BOM stripping, and loading of built-ins by id.

const { validateString } = require('internal/validators');

let Module;
function lazyModule() {
  if (Module === undefined) Module = require('internal/modules/cjs/loader').Module;
  return Module;
}

// The `require` of the module `mod`, with `resolve`, `resolve.paths`, `main`, `extensions`
// and `cache` as Node gives them.
function makeRequireFunction(mod) {
  const M = lazyModule();
  // A plain function (not a method), so that it has a `prototype` as Node's has.
  const require = function require(id) {
    return mod.require(id);
  };

  function resolve(request, options) {
    validateString(request, 'request');
    return M._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;

  function paths(request) {
    validateString(request, 'request');
    return M._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;

  require.main = process.mainModule;
  // Doc-deprecated alias (DEP0039), still in use.
  require.extensions = M._extensions;
  require.cache = M._cache;
  return require;
}

// Removes a leading byte order mark, which JSON.parse would reject.
function stripBOM(content) {
  if (content.charCodeAt(0) === 0xFEFF) return content.slice(1);
  return content;
}

let BuiltinModule;
function lazyBuiltinModule() {
  if (BuiltinModule === undefined) ({ BuiltinModule } = require('internal/bootstrap/realm'));
  return BuiltinModule;
}

// Ids that Node only lets user code load with the `node:` scheme.
const schemeOnlyIds = new Set(['sea', 'sqlite', 'test', 'test/reporters']);

function canBeRequiredByUsers(id) {
  return lazyBuiltinModule().canBeRequiredByUsers(id);
}

function canBeRequiredWithoutScheme(id) {
  return !schemeOnlyIds.has(id) && canBeRequiredByUsers(id);
}

// The built-in id a user `require(request)` names ('fs', 'node:fs' -> 'fs'), or undefined.
function normalizeRequirableId(request) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (canBeRequiredByUsers(id)) return id;
  } else if (canBeRequiredWithoutScheme(request)) {
    return request;
  }
  return undefined;
}

function isBuiltin(name) {
  return typeof name === 'string' && normalizeRequirableId(name) !== undefined;
}

// The exports of the built-in `id`, or undefined when there is none a user may load.
function loadBuiltinModule(id) {
  if (!canBeRequiredByUsers(id)) return undefined;
  return { exports: lazyBuiltinModule().require(id) };
}

module.exports = {
  makeRequireFunction,
  stripBOM,
  canBeRequiredByUsers,
  canBeRequiredWithoutScheme,
  normalizeRequirableId,
  isBuiltin,
  loadBuiltinModule,
  schemeOnlyIds,
};
