'use strict';
// common.invalidArgTypeHelper builds the end of Node's ERR_INVALID_ARG_TYPE message.
const common = require('../common');
const assert = require('assert');

class Foo {}
const inputs = [
  null, undefined, 1, -0, NaN, 1.5, 12345678901234567890, 1n, true, Symbol('s'),
  '', 'abc', "it's", `it's "quoted"`, 'x'.repeat(28), 'x'.repeat(29), 'a\nb',
  {}, [], [1, 2], new Map(), new Foo(), Object.create(null), Promise.resolve(),
  function named() {}, () => {}, class Klass {},
];
for (const input of inputs.filter((value) => typeof value !== 'number')) {
  assert.throws(() => Buffer.alloc(input), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number.' + common.invalidArgTypeHelper(input),
  });
}
for (const input of [1, -0, NaN, 1.5, 12345678901234567890]) {
  assert.throws(() => Buffer.from(input), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The first argument must be of type string or an instance of Buffer, ' +
             'ArrayBuffer, or Array or an Array-like Object.' +
             common.invalidArgTypeHelper(input),
  });
}
