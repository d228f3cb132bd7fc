// Flags: --expose-internals
'use strict';
// Runs every test/parallel/test-stream-*.js under /usr/bin/node with `require('stream')`
// (and stream/promises, the _stream_* aliases and events) answered by our lib/, loaded
// through the harness, so that the checks that pass on Node pass on our modules too.
// Buffer and string_decoder stay Node's (tests compare against Node's Buffer).
// Run: node --expose-internals test/internal/test-stream-harness.js [name-filter]
//
// With STREAM_HARNESS_PRELOAD set this file is the preload (-r) of each child instead.
const path = require('path');

// events too: the tests check that streams are our EventEmitters.
const streamIds = ['stream', 'stream/promises', '_stream_readable', '_stream_writable',
                   '_stream_duplex', '_stream_transform', '_stream_passthrough', 'events'];

if (process.env.STREAM_HARNESS_PRELOAD) {
  const Module = require('module');
  const fs = require('fs');
  const vm = require('vm');
  const { internalBinding } = require('internal/test/binding');
  const libDir = path.join(__dirname, '..', '..', 'lib');
  // Loaded like test/internal/harness.js does, except that these stay Node's own.
  const nodeModules = new Set(['buffer', 'string_decoder']);
  const cache = new Map();
  const requireBuiltin = (id) => {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const file = path.join(libDir, `${id}.js`);
    if (nodeModules.has(id) || !fs.existsSync(file)) {
      if (!id.startsWith('internal/')) return require(id);
      throw new Error(`stream harness: no built-in '${id}' in lib/`);
    }
    const module = { exports: {}, id };
    cache.set(id, module);
    const wrapper = vm.compileFunction(fs.readFileSync(file, 'utf8'),
                                       ['exports', 'require', 'module', 'process',
                                        'internalBinding'],
                                       { filename: `node:${id}` });
    wrapper.call(module.exports, module.exports, requireBuiltin, module, process,
                 internalBinding);
    return module.exports;
  };
  const originalLoad = Module._load;
  Module._load = function(request, parent, isMain) {
    const id = request.startsWith('node:') ? request.slice(5) : request;
    if (streamIds.includes(id)) return requireBuiltin(id);
    return originalLoad.apply(this, arguments);
  };
  return;
}

const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');

const filter = process.argv[2] || '';
const dir = path.join(__dirname, '..', 'parallel');
const files = fs.readdirSync(dir)
  .filter((f) => /^test-stream-.*\.js$/.test(f) && f.includes(filter)).sort();
assert.ok(files.length > 0);
let passed = 0;
let failed = 0;
for (const file of files) {
  const child = spawnSync(process.execPath,
                          ['--expose-internals', '-r', __filename, path.join(dir, file)], {
                            env: { ...process.env, STREAM_HARNESS_PRELOAD: '1' },
                            encoding: 'utf8',
                            timeout: 60000,
                          });
  if (child.status === 0) {
    passed++;
    console.log(`ok ${file}`);
  } else {
    failed++;
    console.log(`FAIL ${file} (status ${child.status}, signal ${child.signal})`);
    console.log(child.stdout);
    console.log(child.stderr);
  }
}
console.log(`${passed} passed, ${failed} failed`);
assert.strictEqual(failed, 0);
