'use strict';
// Loads our lib/ built-ins under /usr/bin/node like harness.js does, but lets an internal id
// whose lib/ file is not written yet (internal/errors, internal/options...) fall back to
// Node's own module, so the loader and path can be checked before their dependencies land.
// Run with `node --expose-internals`.
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const libDir = path.join(__dirname, '..', '..', 'lib');
const { internalBinding: nodeInternalBinding } = require('internal/test/binding');

function createLoader(options = {}) {
  const cache = new Map();
  const bindings = options.bindings || {};
  const overrides = options.modules || {};
  const fakeProcess = options.process || process;
  function internalBinding(name) {
    if (Object.prototype.hasOwnProperty.call(bindings, name)) return bindings[name];
    return nodeInternalBinding(name);
  }
  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    if (Object.prototype.hasOwnProperty.call(overrides, id)) return overrides[id];
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const file = path.join(libDir, id + '.js');
    if (!fs.existsSync(file)) return require(id);
    const module = { exports: {}, id };
    cache.set(id, module);
    const wrapper = vm.compileFunction(fs.readFileSync(file, 'utf8'),
      ['exports', 'require', 'module', 'process', 'internalBinding'],
      { filename: `node:${id}` });
    wrapper.call(module.exports, module.exports, requireBuiltin, module, fakeProcess,
                 internalBinding);
    return module.exports;
  }
  return { require: requireBuiltin, internalBinding };
}

// Bindings the loader uses, made from Node's public fs and vm (their interface is in
// doc/internals.md and the loader's report).
function fakeBindings() {
  const errnoOf = (err) => (typeof err.errno === 'number' ? err.errno : -2);
  return {
    fs: {
      internalModuleStat(p) {
        try {
          return fs.statSync(p).isDirectory() ? 1 : 0;
        } catch (err) {
          return errnoOf(err);
        }
      },
      readFileUtf8(p) {
        try {
          return fs.readFileSync(p, 'utf8');
        } catch (err) {
          return errnoOf(err);
        }
      },
      realpath(p) {
        try {
          return fs.realpathSync(p);
        } catch (err) {
          return errnoOf(err);
        }
      },
    },
    contextify: {
      compileFunction(code, filename, params) {
        return vm.compileFunction(code, params, { filename });
      },
    },
    builtins: {
      builtinIds: nodeInternalBinding('builtins').builtinIds,
    },
  };
}

// Our loader (lib/internal/modules/cjs/loader.js and friends) under Node, with fake
// bindings, a BuiltinModule that serves our lib/ (or Node's) built-ins, and a process object
// of its own so that process.mainModule of the real process is left alone.
function createLoaderEnv(options = {}) {
  const nodeModule = require('module');
  const fakeProcess = Object.create(process);
  let loader;
  const BuiltinModule = {
    exists(id) {
      return nodeInternalBinding('builtins').builtinIds.includes(id);
    },
    canBeRequiredByUsers(id) {
      return !id.startsWith('internal/') && nodeModule.isBuiltin(`node:${id}`);
    },
    require(id) {
      return loader.require(id);
    },
  };
  // Node's options, with `options.optionValues` ({ '--preserve-symlinks': true }) on top.
  const nodeOptions = require('internal/options');
  const optionValues = options.optionValues || {};
  const optionsModule = {
    getOptionValue(name) {
      if (Object.prototype.hasOwnProperty.call(optionValues, name)) return optionValues[name];
      return nodeOptions.getOptionValue(name);
    },
  };
  loader = createLoader({
    bindings: { ...fakeBindings(), ...options.bindings },
    modules: {
      'internal/bootstrap/realm': { BuiltinModule },
      'internal/options': optionsModule,
      ...options.modules,
    },
    process: options.process || fakeProcess,
  });
  return { require: loader.require, process: options.process || fakeProcess };
}

module.exports = { createLoader, createLoaderEnv, fakeBindings };
