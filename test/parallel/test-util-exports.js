'use strict';
// The shape of require('util'): its functions in Node's order, and the lazily loaded members
// (getters that turn into data properties on first access or assignment).
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(require('node:util'), util);

const expectedOrder = [
  '_errnoException', '_exceptionWithHostPort', '_extend', 'callbackify', 'debug', 'debuglog',
  'deprecate', 'format', 'styleText', 'formatWithOptions', 'getSystemErrorMap',
  'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isBoolean', 'isBuffer',
  'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive',
  'log', 'promisify', 'stripVTControlCharacters', 'toUSVString', 'aborted', 'types',
  'parseArgs', 'TextDecoder', 'TextEncoder', 'MIMEType', 'MIMEParams',
];
const keys = Object.keys(util);
let last = -1;
for (const key of expectedOrder) {
  const index = keys.indexOf(key);
  assert.ok(index > last, `${key} missing or out of order`);
  last = index;
}

for (const key of ['parseArgs', 'TextDecoder', 'TextEncoder', 'MIMEType', 'MIMEParams']) {
  const before = Object.getOwnPropertyDescriptor(util, key);
  assert.strictEqual(typeof before.get, 'function');
  assert.strictEqual(before.get.name, `get ${key}`);
  assert.strictEqual(before.set.name, `set ${key}`);
  assert.strictEqual(before.enumerable, true);
  assert.strictEqual(before.configurable, true);
}

assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(util, 'TextEncoder'), {
  value: TextEncoder, writable: true, enumerable: true, configurable: true,
});
assert.strictEqual(typeof util.parseArgs, 'function');
assert.strictEqual(util.parseArgs.name, 'parseArgs');

// Assigning replaces the getter with a plain value.
const { parseArgs } = util;
util.parseArgs = 5;
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(util, 'parseArgs'), {
  value: 5, writable: true, enumerable: true, configurable: true,
});
util.parseArgs = parseArgs;

for (const [name, length] of [['callbackify', 1], ['debuglog', 2], ['deprecate', 4],
                              ['inherits', 2], ['promisify', 1], ['getSystemErrorName', 1],
                              ['toUSVString', 1], ['isDeepStrictEqual', 2], ['aborted', 2],
                              ['styleText', 2], ['_extend', 2], ['log', 0]]) {
  assert.strictEqual(util[name].length, length, name);
}
assert.strictEqual(util.debug.name, 'debuglog');
assert.strictEqual(util.aborted.constructor.name, 'AsyncFunction');
