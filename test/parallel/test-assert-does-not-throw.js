'use strict';
// assert.doesNotThrow(): returns when nothing is thrown; an AssertionError when the thrown
// value matches the (optional) class, RegExp or function; the thrown value itself otherwise.
require('../common');
const assert = require('assert');

const thrower = (err) => () => { throw err; };

function failure(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

assert.strictEqual(assert.doesNotThrow(() => 1), undefined);
assert.doesNotThrow(() => {}, 'message');
assert.doesNotThrow(() => {}, TypeError, 'message');

function unwanted(fn, message, actual) {
  const err = failure(fn);
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'doesNotThrow');
  assert.strictEqual(err.generatedMessage, false);
  assert.strictEqual(err.message, message);
  assert.strictEqual(err.actual, actual);
  return err;
}

const inner = new TypeError('inner');
unwanted(() => assert.doesNotThrow(thrower(inner)), 'Got unwanted exception.\nActual message: "inner"', inner);
unwanted(() => assert.doesNotThrow(thrower(inner), 'custom'),
         'Got unwanted exception: custom\nActual message: "inner"', inner);
{
  const err = unwanted(() => assert.doesNotThrow(thrower(inner), TypeError),
                       'Got unwanted exception.\nActual message: "inner"', inner);
  assert.strictEqual(err.expected, TypeError);
}
unwanted(() => assert.doesNotThrow(thrower(inner), /inn/, 'm'),
         'Got unwanted exception: m\nActual message: "inner"', inner);
unwanted(() => assert.doesNotThrow(thrower(inner), () => true),
         'Got unwanted exception.\nActual message: "inner"', inner);
unwanted(() => assert.doesNotThrow(thrower(5)), 'Got unwanted exception.\nActual message: "undefined"', 5);

// A thrown value that does not match is thrown again.
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(inner), RangeError)), inner);
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(inner), /zzz/)), inner);
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(inner), () => false)), inner);

// Argument errors.
assert.throws(() => assert.doesNotThrow(thrower(inner), {}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type function or an instance of RegExp. ' +
           'Received an instance of Object',
});
assert.throws(() => assert.doesNotThrow(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (5)',
});
