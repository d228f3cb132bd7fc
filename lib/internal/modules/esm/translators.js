'use strict';
// Makes the ModuleWrap of a loaded module by format: ES module source text, and synthetic
// modules for CommonJS (module.exports as default, named exports found in the source by
// internal/modules/esm/cjs_lexer), built-ins (their exports, kept in step by
// module.syncBuiltinESMExports()) and JSON.

const path = require('path');
const {
  ERR_UNKNOWN_BUILTIN_MODULE,
  ERR_UNKNOWN_MODULE_FORMAT,
} = require('internal/errors').codes;
const { ModuleWrap } = internalBinding('module_wrap');
const { kModuleHostId } = require('internal/modules/esm/utils');
const { fileURLToPath, schemeOf } = require('internal/modules/esm/file_url');

let cjsLoader;
function lazyCJS() {
  if (cjsLoader === undefined) cjsLoader = require('internal/modules/cjs/loader');
  return cjsLoader;
}

function readSource(filename) {
  const content = internalBinding('fs').readFileUtf8(path.toNamespacedPath(filename));
  if (typeof content !== 'string') {
    const { uvException } = require('internal/errors');
    throw uvException({ errno: content, syscall: 'open', path: filename });
  }
  return content;
}

// -- CommonJS

// filename -> Set of export names (with 'default'); set before re-exports are followed, so
// that cycles end.
const cjsExportNames = new Map();

function cjsPreparseExports(filename) {
  const cached = cjsExportNames.get(filename);
  if (cached !== undefined) return cached;
  let source = '';
  try {
    source = readSource(filename);
  } catch {
    // An unreadable file has no names; loading it reports the error.
  }
  let exports = [];
  let reexports = [];
  try {
    ({ exports, reexports } = require('internal/modules/esm/cjs_lexer').parse(source));
  } catch {
    // Source the lexer cannot read (it may not even be JavaScript) exports only 'default'.
  }
  const names = new Set(['default', ...exports]);
  cjsExportNames.set(filename, names);
  if (reexports.length > 0) {
    const { Module } = lazyCJS();
    const parent = new Module(filename);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (const specifier of reexports) {
      let resolved;
      try {
        resolved = Module._resolveFilename(specifier, parent);
      } catch {
        continue;
      }
      const ext = path.extname(resolved);
      if ((ext === '.js' || ext === '.cjs' || !Module._extensions[ext]) &&
          path.isAbsolute(resolved)) {
        for (const name of cjsPreparseExports(resolved)) names.add(name);
      }
    }
  }
  return names;
}

function commonjsModule(url, isMain) {
  const filename = fileURLToPath(url);
  const names = cjsPreparseExports(filename);
  return new ModuleWrap(url, [...names], function evaluateCommonJS() {
    const exports = lazyCJS().Module._load(filename, undefined, isMain);
    for (const name of names) {
      if (name === 'default' || !Object.prototype.hasOwnProperty.call(exports, name)) continue;
      let value;
      try {
        value = exports[name];
      } catch {
        // a throwing getter exports undefined
      }
      this.setExport(name, value);
    }
    this.setExport('default', exports);
  });
}

// -- built-ins

// id -> { wrap, names, exports } for module.syncBuiltinESMExports().
const builtinFacades = new Map();

function setBuiltinExports(facade) {
  for (const name of facade.names) {
    if (name === 'default') continue;
    facade.wrap.setExport(name, facade.exports[name]);
  }
  facade.wrap.setExport('default', facade.exports);
}

function builtinModule(url) {
  const id = url.slice('node:'.length);
  const { loadBuiltinModule } = require('internal/modules/helpers');
  const builtin = loadBuiltinModule(id);
  if (builtin === undefined) throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
  const cached = builtinFacades.get(id);
  if (cached !== undefined) return cached.wrap;
  const exports = builtin.exports;
  const names = new Set([...Object.keys(exports), 'default']);
  const facade = { wrap: undefined, names, exports };
  facade.wrap = new ModuleWrap(url, [...names], function evaluateBuiltin() {
    setBuiltinExports(facade);
  });
  builtinFacades.set(id, facade);
  return facade.wrap;
}

// Brings the namespaces of the built-ins imported so far up to date with their exports.
function syncBuiltinESMExports() {
  for (const facade of builtinFacades.values()) {
    if (facade.wrap.getStatus() >= internalBinding('module_wrap').kEvaluated) {
      setBuiltinExports(facade);
    }
  }
}

// -- JSON

function jsonModule(url, source) {
  // As Node: a JSON file imported without a query shares require()'s cache entry.
  const filename = schemeOf(url) === 'file' ? fileURLToPath(url) : null;
  const shared = filename !== null && !url.includes('?');
  const { Module } = lazyCJS();
  let module = shared ? Module._cache[filename] : undefined;
  if (module === undefined || !module.loaded) {
    const { stripBOM } = require('internal/modules/helpers');
    try {
      module = { exports: JSON.parse(stripBOM(source)), loaded: true };
    } catch (err) {
      err.message = `${filename ?? url}: ${err.message}`;
      throw err;
    }
    if (shared) Module._cache[filename] = module;
  }
  const exports = module.exports;
  return new ModuleWrap(url, ['default'], function evaluateJSON() {
    this.setExport('default', exports);
  });
}

// The ModuleWrap for `url` in `format`; `source` is the text for module and json.
function translate(format, url, source, isMain) {
  switch (format) {
    case 'module':
      return new ModuleWrap(url, source, kModuleHostId);
    case 'commonjs':
      return commonjsModule(url, isMain);
    case 'builtin':
      return builtinModule(url);
    case 'json':
      return jsonModule(url, source);
  }
  throw new ERR_UNKNOWN_MODULE_FORMAT(format, url);
}

module.exports = {
  readSource,
  syncBuiltinESMExports,
  translate,
};
