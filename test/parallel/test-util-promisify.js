'use strict';
// util.promisify(): resolving and rejecting, `this`, util.promisify.custom, the copied
// properties and prototype of the original, and argument validation.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { promisify } = util;

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(promisify, 'custom'), {
  value: promisify.custom, writable: true, enumerable: true, configurable: true,
});

for (const value of [undefined, null, 5, 'fn', {}]) {
  assert.throws(() => promisify(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "original" argument must be of type function.' +
      common.invalidArgTypeHelper(value),
  });
}

{
  function original(a, b, cb) { cb(null, a + b, 'ignored'); }
  original.extra = 'copied';
  const promisified = promisify(original);
  assert.strictEqual(promisified.name, 'original');
  assert.strictEqual(promisified.length, 3);
  assert.strictEqual(promisified.extra, 'copied');
  assert.strictEqual(Object.getPrototypeOf(promisified), Object.getPrototypeOf(original));
  assert.strictEqual(promisify(promisified), promisified);
  assert.notStrictEqual(promisify(original), promisified);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(promisified, promisify.custom), {
    value: promisified, writable: false, enumerable: false, configurable: true,
  });
  promisified(1, 2).then(common.mustCall((value) => assert.strictEqual(value, 3)));
}

{
  // A custom implementation is returned as is (and marked as its own custom version).
  const custom = () => 'custom';
  function original() {}
  original[promisify.custom] = custom;
  assert.strictEqual(promisify(original), custom);
  assert.strictEqual(promisify(custom), custom);

  function bad() {}
  bad[promisify.custom] = 42;
  assert.throws(() => promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "util.promisify.custom" property must be of type function. Received type ' +
      'number (42)',
  });
}

{
  const err = new Error('boom');
  promisify((cb) => cb(err))().then(common.mustNotCall(), common.mustCall((e) => {
    assert.strictEqual(e, err);
  }));
  // A falsy error counts as success.
  promisify((cb) => cb(0, 'v'))().then(common.mustCall((v) => assert.strictEqual(v, 'v')));
  promisify((cb) => cb(null))().then(common.mustCall((v) => assert.strictEqual(v, undefined)));
  // A synchronous throw rejects.
  promisify(() => { throw err; })().catch(common.mustCall((e) => assert.strictEqual(e, err)));
  const obj = { value: 7 };
  promisify(function(cb) { cb(null, this.value); }).call(obj)
    .then(common.mustCall((v) => assert.strictEqual(v, 7)));
}

{
  // Callbacks with several results: built-ins such as dns.lookup resolve to an object.
  promisify(require('dns').lookup)('localhost', { family: 4 })
    .then(common.mustCall((result) => {
      assert.deepStrictEqual(Object.keys(result), ['address', 'family']);
      assert.strictEqual(result.family, 4);
    }));
  promisify(setTimeout)(1, 'value').then(common.mustCall((v) => assert.strictEqual(v, 'value')));
}

{
  class Klass { static helper() {} }
  const promisified = promisify(Klass);
  assert.strictEqual(promisified.name, 'Klass');
  assert.strictEqual(promisified.helper, Klass.helper);
  assert.strictEqual(promisified.prototype, Klass.prototype);
}
