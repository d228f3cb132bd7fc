'use strict';
// Loads our lib/internal/event_target.js, abort_controller.js and per_context/domexception.js
// (and lib/events.js) under /usr/bin/node like harness.js does, except that `timers` is Node's
// own: our lib/timers.js cannot fire under Node (Node's bootstrap owns the timer binding), and
// AbortSignal.timeout() needs a working setTimeout. Run with `node --expose-internals`.
const fs = require('fs');
const path = require('path');
const vm = require('vm');

// Required on first use only: loading it prints a warning, which the warning tests would see.
function internalBinding(name) {
  return require('internal/test/binding').internalBinding(name);
}

const libDir = path.join(__dirname, '..', '..', 'lib');
const nodeModules = new Set(['timers']);

function createLoader() {
  const cache = new Map();
  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    if (nodeModules.has(id)) return require(id);
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const file = path.join(libDir, `${id}.js`);
    if (!fs.existsSync(file)) {
      if (!id.startsWith('internal/')) return require(id);
      throw new Error(`event-target-loader: no built-in '${id}' in lib/`);
    }
    const module = { exports: {}, id };
    cache.set(id, module);
    const wrapper = vm.compileFunction(fs.readFileSync(file, 'utf8'),
      ['exports', 'require', 'module', 'process', 'internalBinding'],
      { filename: `node:${id}` });
    wrapper.call(module.exports, module.exports, requireBuiltin, module, process,
                 internalBinding);
    return module.exports;
  }
  return requireBuiltin;
}

// Our modules, loaded together so that they share their symbols.
function loadOurs() {
  const load = createLoader();
  return {
    eventTarget: load('internal/event_target'),
    abortController: load('internal/abort_controller'),
    domexception: load('internal/per_context/domexception'),
    events: load('events'),
  };
}

module.exports = { loadOurs };
