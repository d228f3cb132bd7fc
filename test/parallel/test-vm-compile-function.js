'use strict';
require('../common');
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(add.length, 2);
assert.strictEqual(vm.compileFunction('return 7')(), 7);
assert.strictEqual(vm.compileFunction('return this', [], { filename: 'f.js' }).call(globalThis),
                   globalThis);

assert.throws(() => vm.compileFunction('throw new Error("x")', [], { filename: 'thrower.js' })(),
              (err) => /at thrower\.js:1:/.test(err.stack));
assert.throws(() => vm.compileFunction('return ]'), SyntaxError);

assert.throws(() => vm.compileFunction(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});
assert.throws(() => vm.compileFunction('', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', [1]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', [], 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', [], { filename: 2 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.filename" property must be of type string. Received type number (2)',
});

// Code caches.
const produced = vm.compileFunction('return 1', [], { produceCachedData: true });
assert.deepStrictEqual(Object.keys(produced), ['cachedDataProduced', 'cachedData']);
assert.strictEqual(produced.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(produced.cachedData));
const consumed = vm.compileFunction('return 1', [], { cachedData: produced.cachedData });
assert.strictEqual(consumed.cachedDataRejected, false);
assert.strictEqual(consumed(), 1);
assert.strictEqual(
  vm.compileFunction('return 5', [], { cachedData: Buffer.from('zz') }).cachedDataRejected, true);
assert.throws(() => vm.compileFunction('', [], { cachedData: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.cachedData" property must be an instance of Buffer, TypedArray, or ' +
           'DataView. Received type number (1)',
});
assert.throws(() => vm.compileFunction('', [], { produceCachedData: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
