'use strict';
// Loads our lib/ built-ins under /usr/bin/node (run with --expose-internals) with the same
// wrapper our binary uses, so lib/ code can be checked against Node 20 while it is written.
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const libDir = path.join(__dirname, '..', '..', 'lib');
let nodeInternalBinding;
try {
  ({ internalBinding: nodeInternalBinding } = require('internal/test/binding'));
} catch {
  nodeInternalBinding = () => { throw new Error('run node with --expose-internals'); };
}

function createLoader(options = {}) {
  const cache = new Map();
  const bindings = options.bindings || {};
  const fakeProcess = options.process || process;
  function internalBinding(name) {
    if (Object.prototype.hasOwnProperty.call(bindings, name)) return bindings[name];
    return nodeInternalBinding(name);
  }
  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = cache.get(id);
    if (cached) return cached.exports;
    // Modules to take from Node itself (values must be Node's own, e.g. its Buffer).
    if (options.useNode && options.useNode.includes(id)) return require(id);
    const file = path.join(libDir, id + '.js');
    if (!fs.existsSync(file)) {
      if (options.fallbackToNode !== false && !id.startsWith('internal/')) return require(id);
      throw new Error(`harness: no built-in '${id}' in lib/`);
    }
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

module.exports = {
  createLoader,
  load(id, options) { return createLoader(options).require(id); },
};
