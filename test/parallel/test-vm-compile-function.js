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
