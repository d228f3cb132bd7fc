'use strict';
// Loads our lib/ built-ins like test/internal/harness.js, but a built-in that lib/ does not
// have yet (internal ones included) comes from Node itself, so util/encoding code can be
// checked before every module it leans on exists. Run with `node --expose-internals`.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const harness = require('./harness');

const libDir = path.join(__dirname, '..', '..', 'lib');

function createLoader(options = {}) {
  const cache = new Map();
  const { internalBinding } = harness.createLoader(options);
  const fakeProcess = options.process || process;
  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
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

module.exports = {
  createLoader,
  load(id, options) { return createLoader(options).require(id); },
};
