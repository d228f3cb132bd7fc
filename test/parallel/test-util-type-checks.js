'use strict';
// The old util.is*() type checks, and util.types/util.isDeepStrictEqual wiring.
require('../common');
const assert = require('assert');
const util = require('util');
const vm = require('vm');

assert.strictEqual(util.isArray, Array.isArray);
assert.strictEqual(util.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(util.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(util.types, require('util/types'));
assert.strictEqual(util.isDate, util.types.isDate);
assert.strictEqual(util.isRegExp, util.types.isRegExp);

const values = [undefined, null, 0, 1, NaN, '', 'x', true, false, Symbol('s'), 10n, {}, [],
                () => {}, class {}, new Date(), /x/, new Error('e'), new Boolean(false),
                new String('s'), Object.create(null)];
const expected = {
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v == null,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isObject: (v) => v !== null && typeof v === 'object',
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
};
for (const [name, check] of Object.entries(expected)) {
  assert.strictEqual(util[name].name, name);
  for (const value of values) {
    assert.strictEqual(util[name](value), check(value), `${name}(${util.inspect(value)})`);
  }
}

// isError: native errors of any realm, instances of Error, and objects tagged as errors.
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isError(vm.runInNewContext('new Error()')), true);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({ [Symbol.toStringTag]: 'Error' }), true);
assert.strictEqual(util.isError({ name: 'Error', message: '' }), false);

assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isDate({ [Symbol.toStringTag]: 'Date' }), false);
assert.strictEqual(util.isRegExp(vm.runInNewContext('/x/')), true);

assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual([1], ['1']), false);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);
