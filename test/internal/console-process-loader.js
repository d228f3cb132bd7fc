'use strict';
// Loads lib/internal/console/*, lib/internal/process/{warning,per_thread} under /usr/bin/node
// (--expose-internals) like test/internal/harness.js, but lets an internal module that lib/
// does not have yet come from Node (internal/errors, internal/validators,
// internal/util/inspect, internal/tty), so these tests run whatever the state of the
// colleagues' modules; internal/options always comes from Node (ours reads our C binding).
// Node's internal/errors is given the helpers doc/internals.md documents (uvException,
// errnoException).
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { internalBinding: nodeInternalBinding } = require('internal/test/binding');

const libDir = path.join(__dirname, '..', '..', 'lib');

function nodeInternal(id) {
  const mod = require(id);
  if (id !== 'internal/errors' || typeof mod.uvException === 'function') return mod;
  return {
    ...mod,
    uvException: (ctx) => new mod.UVException(ctx),
    errnoException: (err, syscall, original) => new mod.ErrnoException(err, syscall, original),
  };
}

// options: { bindings, process, modules: { id: exports } (overrides), ours: [ids] (only
// these come from lib/; others from Node when lib/ lacks them) }
function createLoader(options = {}) {
  const cache = new Map();
  const bindings = options.bindings || {};
  // Our internal/options reads our C binding, whose interface differs from Node's.
  const modules = { 'internal/options': require('internal/options'), fs: require('fs'),
                    ...options.modules };
  const proc = options.process || process;
  function internalBinding(name) {
    if (Object.prototype.hasOwnProperty.call(bindings, name)) return bindings[name];
    return nodeInternalBinding(name);
  }
  function load(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    if (Object.prototype.hasOwnProperty.call(modules, id)) return modules[id];
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const file = path.join(libDir, `${id}.js`);
    if (!fs.existsSync(file)) return nodeInternal(id);
    const module = { exports: {}, id };
    cache.set(id, module);
    const wrapper = vm.compileFunction(fs.readFileSync(file, 'utf8'),
                                       ['exports', 'require', 'module', 'process',
                                        'internalBinding'],
                                       { filename: `node:${id}` });
    wrapper.call(module.exports, module.exports, load, module, proc, internalBinding);
    return module.exports;
  }
  return { require: load, internalBinding };
}

module.exports = { createLoader };
