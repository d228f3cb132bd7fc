'use strict';
// The timer functions and process.nextTick require a function and throw Node's
// ERR_INVALID_ARG_TYPE otherwise; clearTimeout and clearInterval accept anything.
require('../common');
const assert = require('assert');

const cases = [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  ['x', "Received type string ('x')"],
  [1, 'Received type number (1)'],
  [{}, 'Received an instance of Object'],
  [Symbol('s'), 'Received type symbol (Symbol(s))'],
];
for (const [value, received] of cases) {
  const expected = {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "callback" argument must be of type function. ${received}`,
  };
  assert.throws(() => setTimeout(value, 1), expected);
  assert.throws(() => setInterval(value, 1), expected);
  assert.throws(() => setImmediate(value), expected);
  assert.throws(() => process.nextTick(value), expected);
  assert.throws(() => queueMicrotask(value), expected);
}
assert.throws(() => setTimeout(), { code: 'ERR_INVALID_ARG_TYPE' });

for (const value of [undefined, null, 0, 1, '1', {}, [], Symbol('s'), () => {}]) {
  clearTimeout(value);
  clearInterval(value);
}
for (const value of [undefined, null, 0, '', {}, [], () => {}]) {
  clearImmediate(value);
}
// clearImmediate marks what it gets as destroyed: a primitive throws in strict mode.
for (const value of [1, 'x', true, Symbol('s')]) {
  assert.throws(() => clearImmediate(value), TypeError);
}
