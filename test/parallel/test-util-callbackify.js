'use strict';
// util.callbackify(): results and errors reach the callback on a later tick, falsy rejection
// reasons are wrapped in ERR_FALSY_VALUE_REJECTION, and name/length/properties are copied.
const common = require('../common');
const assert = require('assert');
const { callbackify } = require('util');

for (const value of [undefined, null, 1, 'x', {}]) {
  assert.throws(() => callbackify(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "original" argument must be of type function.' +
      common.invalidArgTypeHelper(value),
  });
}

{
  async function add(a, b) { return a + b; }
  add.extra = 1;
  const cb = callbackify(add);
  assert.strictEqual(cb.name, 'addCallbackified');
  assert.strictEqual(cb.length, 3);
  assert.strictEqual(cb.extra, 1);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(cb, 'name'), {
    value: 'addCallbackified', writable: false, enumerable: false, configurable: true,
  });
  let sync = true;
  cb(1, 2, common.mustCall((err, result) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, null);
    assert.strictEqual(result, 3);
  }));
  sync = false;

  assert.throws(() => cb(1, 2), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The last argument must be of type function. Received type number (2)',
  });
  assert.throws(() => cb(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The last argument must be of type function. Received undefined',
  });
}

{
  // Non-string names and non-number lengths are copied unchanged.
  function weird() { return Promise.resolve(); }
  Object.defineProperty(weird, 'name', { value: 5 });
  Object.defineProperty(weird, 'length', { value: 'x' });
  const cb = callbackify(weird);
  assert.strictEqual(cb.name, 5);
  assert.strictEqual(cb.length, 'x');
}

{
  const error = new Error('rejected');
  callbackify(() => Promise.reject(error))(common.mustCall((err, value) => {
    assert.strictEqual(err, error);
    assert.strictEqual(value, undefined);
  }));

  for (const falsy of [null, undefined, 0, '', false, NaN]) {
    callbackify(() => Promise.reject(falsy))(common.mustCall((err) => {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
      assert.strictEqual(err.message, 'Promise was rejected with falsy value');
      assert.ok(Object.prototype.hasOwnProperty.call(err, 'reason'));
      assert.strictEqual(Object.is(err.reason, falsy), true);
    }));
  }
}

{
  const obj = {
    value: 'this',
    method: callbackify(async function() { return this.value; }),
  };
  obj.method(common.mustCall(function(err, value) {
    assert.strictEqual(value, 'this');
    assert.strictEqual(this, obj);
  }));
}

{
  // The function must return a thenable; other results throw synchronously.
  assert.throws(() => callbackify(() => 5)(common.mustNotCall()), TypeError);
}
