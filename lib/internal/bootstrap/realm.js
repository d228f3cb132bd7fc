'use strict';
// The built-in module loader: compiles lib/ modules on first require (C keeps their sources
// and code caches: src/builtins.c) and caches them. Runs first, called by src/main.c with
// `require` undefined; exports `require` and `BuiltinModule`.

const { builtinIds, compileFunction, buildingCodeCache } = internalBinding('builtins');

const cache = new Map();
const ids = new Set(builtinIds);
// --expose-internals lets user code require internal/* (tests of our internals use it).
const exposeInternals = internalBinding('options').getOptionValue('--expose-internals');
let publicIds;

class BuiltinModule {
  constructor(id) {
    this.id = id;
    this.filename = `node:${id}`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) { return ids.has(id); }

  // Ids users may require: everything but internal/*.
  static canBeRequiredByUsers(id) {
    return ids.has(id) && (exposeInternals || !id.startsWith('internal/'));
  }

  static canBeRequiredWithoutScheme(id) {
    return ids.has(id) && !id.startsWith('internal/') && !schemeOnly.has(id);
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    if (publicIds === undefined) {
      publicIds = builtinIds.filter((id) => BuiltinModule.canBeRequiredWithoutScheme(id));
    }
    return publicIds;
  }

  static getSchemeOnlyModuleNames() { return [...schemeOnly]; }

  static isBuiltin(id) {
    if (id.startsWith('node:')) return BuiltinModule.canBeRequiredByUsers(id.slice(5));
    return BuiltinModule.canBeRequiredWithoutScheme(id);
  }

  static require(id) { return requireBuiltin(id); }

  static map() { return cache; }
}

// Built-ins Node only loads with the node: scheme.
const schemeOnly = new Set(['test', 'test/reporters']);

function requireBuiltin(id) {
  let mod = cache.get(id);
  if (mod !== undefined) return mod.exports;
  if (!ids.has(id)) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  mod = new BuiltinModule(id);
  cache.set(id, mod);
  mod.loading = true;
  try {
    const fn = compileFunction(id);
    // The code cache builder (src/mkcodecache/builder.c) caches the function as it ran.
    if (buildingCodeCache) mod.fn = fn;
    fn.call(mod.exports, mod.exports, requireBuiltin, mod, process, internalBinding);
  } catch (err) {
    cache.delete(id);
    throw err;
  } finally {
    mod.loading = false;
  }
  mod.loaded = true;
  return mod.exports;
}

module.exports = { BuiltinModule, require: requireBuiltin, internalBinding };

// This module ran before the cache existed: make require() of it return this instance.
{
  const self = new BuiltinModule('internal/bootstrap/realm');
  self.exports = module.exports;
  if (buildingCodeCache) self.fn = internalBinding('builtins').realmFunction;
  self.loaded = true;
  cache.set(self.id, self);
}
