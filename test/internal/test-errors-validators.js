// Flags: --expose-internals
'use strict';
// Checks our lib/internal/validators.js against Node 20's own validators: for a grid of
// values, both must accept the same inputs and throw errors with the same class, code,
// message and own keys. Run: node --expose-internals test/internal/test-errors-validators.js
const assert = require('assert');
const { inspect, isDeepStrictEqual } = require('util');
const h = require('./harness');

const ours = h.load('internal/validators');
const node = require('internal/validators');

class Foo {}
const values = [
  undefined, null, 0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32,
  -(2 ** 31) - 1, 2 ** 53, 2 ** 60, 4294967295, 65535, 65536,
  '', ' ', 'str', '80', '0x10', '0755', '755', '8', 'hex', 'HEX', 'utf8',
  true, false, 10n, Symbol('s'), {}, [], ['a'], ['a', 1], [true, 1], new Foo(),
  Object.create(null), () => {}, async () => {}, function named() {}, Buffer.from('ab'),
  new Uint8Array(3), new DataView(new ArrayBuffer(2)), { aborted: false }, 'SIGTERM', 'sigterm',
  'SIGFOO', 'x'.repeat(40),
];

function outcome(fn, args) {
  try {
    return { ok: true, value: fn(...args) };
  } catch (err) {
    return {
      ok: false,
      ctor: Object.getPrototypeOf(Object.getPrototypeOf(err)).constructor.name,
      name: err.name,
      code: err.code,
      message: err.message,
      keys: Object.keys(err),
    };
  }
}

let checked = 0;
function same(name, ...args) {
  const a = outcome(node[name], args);
  const b = outcome(ours[name], args);
  if (!isDeepStrictEqual(a, b)) {
    assert.fail(`${name}(${args.map((x) => inspect(x)).join(', ')}):\n` +
                `  node: ${inspect(a)}\n  ours: ${inspect(b)}`);
  }
  checked++;
}

for (const v of values) {
  same('validateString', v, 'name');
  same('validateNumber', v, 'name');
  same('validateNumber', v, 'name', 0);
  same('validateNumber', v, 'name', undefined, 10);
  same('validateNumber', v, 'name', -1, 1);
  same('validateInteger', v, 'name');
  same('validateInteger', v, 'options.x', 0, 100);
  same('validateInt32', v, 'name');
  same('validateInt32', v, 'name', 1, 5);
  same('validateUint32', v, 'name');
  same('validateUint32', v, 'name', true);
  same('validateBoolean', v, 'name');
  same('validateFunction', v, 'cb');
  same('validatePlainFunction', v, 'cb');
  same('validateUndefined', v, 'name');
  for (const flags of [0, 1, 2, 4, 6, 7]) same('validateObject', v, 'options', flags);
  same('validateDictionary', v, 'dict');
  same('validateArray', v, 'list');
  same('validateArray', v, 'list', 1);
  same('validateStringArray', v, 'list');
  same('validateBooleanArray', v, 'list');
  same('validateAbortSignal', v, 'signal');
  same('validateBuffer', v);
  same('validateBuffer', v, 'data');
  same('validatePort', v);
  same('validatePort', v, 'Port', false);
  same('validateOneOf', v, 'mode', ['a', 'str', 1, true]);
  same('validateUnion', v, 'kind', ['str', 'hex']);
  same('isInt32', v);
  same('isUint32', v);
  if (typeof v === 'string' || typeof v === 'number' || v == null) {
    same('parseFileMode', v, 'mode');
    same('parseFileMode', v, 'mode', 0o666);
  }
  if (typeof v === 'string') same('validateSignalName', v, 'signal');
  same('validateSignalName', v);
  same('validateEncoding', 'abc', v);
  same('validateEncoding', 'abcd', v);
  same('validateFiniteNumber', v, 'level');
  same('checkRangesOrGetDefault', v, 'level', -1, 9, 5);
}
same('validateInternalField', {}, 'x', 'Foo');
same('validateInternalField', { x: 1 }, 'x', 'Foo');
same('validateInternalField', 1, 'x', 'Foo');
same('validateAbortSignalArray', [undefined, { aborted: true }], 'signals');
same('validateAbortSignalArray', [1], 'signals');

// Object options in the pre-flags form are still accepted.
ours.validateObject(null, 'o', { nullable: true });
ours.validateObject([], 'o', { allowArray: true });
ours.validateObject(() => {}, 'o', { allowFunction: true });
assert.throws(() => ours.validateObject(null, 'o', {}), { code: 'ERR_INVALID_ARG_TYPE' });

// The stack starts at the caller of the validator: no validator frame shows.
function userCode() { ours.validateInteger(1.5, 'n'); }
try {
  userCode();
  assert.fail('should throw');
} catch (err) {
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0],
                     'RangeError [ERR_OUT_OF_RANGE]: The value of "n" is out of range. ' +
                     'It must be an integer. Received 1.5');
  assert.match(lines[1], /^ {4}at userCode \(/);
}

console.log(`validators: ${checked} checks passed`);
