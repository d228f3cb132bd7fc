'use strict';
// util.types (and require('util/types')): each check against matching and non-matching values,
// including typed arrays from their element type and values from another realm.
require('../common');
const assert = require('assert');
const util = require('util');
const vm = require('vm');
const types = require('util/types');

assert.strictEqual(types, util.types);

const cases = {
  isDate: [new Date()],
  isArgumentsObject: [(function() { return arguments; })()],
  isBigIntObject: [Object(1n)],
  isBooleanObject: [new Boolean(false)],
  isNumberObject: [new Number(1)],
  isStringObject: [new String('')],
  isSymbolObject: [Object(Symbol())],
  isBoxedPrimitive: [new Number(1), new String(''), Object(Symbol()), Object(1n)],
  isNativeError: [new Error(), new TypeError(), vm.runInNewContext('new Error()')],
  isRegExp: [/x/, vm.runInNewContext('/y/')],
  isAsyncFunction: [async () => {}, async function* g() {}],
  isGeneratorFunction: [function* g() {}, async function* g() {}],
  isGeneratorObject: [(function* g() {})()],
  isPromise: [Promise.resolve()],
  isMap: [new Map()],
  isSet: [new Set()],
  isMapIterator: [new Map().keys()],
  isSetIterator: [new Set().values()],
  isWeakMap: [new WeakMap()],
  isWeakSet: [new WeakSet()],
  isArrayBuffer: [new ArrayBuffer(1)],
  isSharedArrayBuffer: [new SharedArrayBuffer(1)],
  isAnyArrayBuffer: [new ArrayBuffer(1), new SharedArrayBuffer(1)],
  isDataView: [new DataView(new ArrayBuffer(1))],
  isProxy: [new Proxy({}, {})],
  isArrayBufferView: [new Uint8Array(1), new DataView(new ArrayBuffer(1)), Buffer.alloc(1)],
  isTypedArray: [new Uint8Array(1), new Float64Array(1), new BigInt64Array(1), Buffer.alloc(1)],
  isUint8Array: [new Uint8Array(1), Buffer.alloc(1), vm.runInNewContext('new Uint8Array(1)')],
  isUint8ClampedArray: [new Uint8ClampedArray(1)],
  isUint16Array: [new Uint16Array(1)],
  isUint32Array: [new Uint32Array(1)],
  isInt8Array: [new Int8Array(1)],
  isInt16Array: [new Int16Array(1)],
  isInt32Array: [new Int32Array(1)],
  isFloat32Array: [new Float32Array(1)],
  isFloat64Array: [new Float64Array(1)],
  isBigInt64Array: [new BigInt64Array(1)],
  isBigUint64Array: [new BigUint64Array(1)],
};

const others = [undefined, null, 1, 'str', {}, [], () => {}, Object.create(Uint8Array.prototype),
                Object.create(Date.prototype), { __proto__: Map.prototype }];

for (const [name, matching] of Object.entries(cases)) {
  const check = types[name];
  assert.strictEqual(typeof check, 'function', name);
  for (const value of matching) {
    assert.strictEqual(check(value), true, `${name}(${util.inspect(value)})`);
  }
  for (const value of others) {
    assert.strictEqual(check(value), false, `${name}(${util.inspect(value)})`);
  }
}

// Each typed-array check accepts its own element type only.
const typedNames = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
                    'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
                    'BigUint64Array'];
for (const name of typedNames) {
  const value = new globalThis[name](2);
  for (const other of typedNames) {
    assert.strictEqual(types[`is${other}`](value), name === other, `is${other}(${name})`);
  }
}

assert.strictEqual(types.isExternal({}), false);
assert.strictEqual(types.isModuleNamespaceObject({}), false);
assert.strictEqual(types.isKeyObject({}), false);
assert.strictEqual(types.isCryptoKey({}), false);
if (process.versions.openssl) {
  const crypto = require('crypto');
  assert.strictEqual(types.isKeyObject(crypto.createSecretKey(Buffer.alloc(4))), true);
}

import('data:text/javascript,export const a = 1;').then((ns) => {
  assert.strictEqual(types.isModuleNamespaceObject(ns), true);
});
