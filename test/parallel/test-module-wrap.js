'use strict';
// Module.wrap and Module.wrapper: the default wrapper, and a patched one (replaced wrap, or a
// changed wrapper element) is what later modules are compiled with.
require('../common');
const assert = require('assert');
const fs = require('fs');
const Module = require('module');
const tmpdir = require('../common/tmpdir');

assert.deepStrictEqual([...Module.wrapper], [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
]);
assert.strictEqual(Module.wrap('X'),
                   '(function (exports, require, module, __filename, __dirname) { X\n});');

tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('one.js'), 'module.exports = typeof injected;');
fs.writeFileSync(tmpdir.resolve('two.js'), 'module.exports = typeof injected;');

const original = Module.wrapper[0];
Module.wrapper[0] = original + 'const injected = 1; ';
try {
  assert.strictEqual(require(tmpdir.resolve('one.js')), 'number');
} finally {
  Module.wrapper[0] = original;
}

const originalWrap = Module.wrap;
Module.wrap = (script) => originalWrap(`const injected = "s"; ${script}`);
try {
  assert.strictEqual(require(tmpdir.resolve('two.js')), 'string');
} finally {
  Module.wrap = originalWrap;
}
