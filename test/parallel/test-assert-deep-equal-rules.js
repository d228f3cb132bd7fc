'use strict';
// The deep-equality rules of assert.deepEqual (loose) and assert.deepStrictEqual (strict),
// and util.isDeepStrictEqual, as Node 20 applies them: each row is [a, b, loose, strict].
require('../common');
const assert = require('assert');
const util = require('util');

function looseEqual(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
}

function strictEqual(a, b) {
  let viaAssert;
  try {
    assert.deepStrictEqual(a, b);
    viaAssert = true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    viaAssert = false;
  }
  assert.strictEqual(util.isDeepStrictEqual(a, b), viaAssert);
  return viaAssert;
}

const sym = Symbol('s');
const args = function() { return arguments; };
const withProps = (target, props) => Object.assign(target, props);
const defined = (target, key, descriptor) => Object.defineProperty(target, key, descriptor);
const sparse = (length, entries) => Object.assign(new Array(length), entries);
class Foo {}

const rows = [
  // Primitives.
  [1, 1, true, true],
  [1, '1', true, false],
  [0, -0, true, false],
  [-0, -0, true, true],
  [NaN, NaN, true, true],
  [null, undefined, true, false],
  [true, 1, true, false],
  [1n, 1, true, false],
  ['', 0, true, false],
  [sym, sym, true, true],
  [Symbol('s'), Symbol('s'), false, false],
  [1, {}, false, false],
  [null, {}, false, false],
  // Functions only by reference.
  [function() {}, function() {}, false, false],
  // Objects: own enumerable keys in any order; prototypes and symbols under strict only.
  [{ a: 1, b: 2 }, { b: 2, a: 1 }, true, true],
  [{ a: 1 }, { a: '1' }, true, false],
  [{ a: 1 }, { a: 1, b: undefined }, false, false],
  [Object.create(null), {}, true, false],
  [new Foo(), {}, true, false],
  [{ [sym]: 1 }, { [sym]: 2 }, true, false],
  [{ [sym]: 1 }, {}, true, false],
  [defined({}, sym, { value: 1 }), {}, true, true],
  [defined({}, 'a', { value: 1 }), {}, true, true],
  [{ get x() { return 1; } }, { x: 1 }, true, true],
  [{ get x() { return 1; } }, { x: 2 }, false, false],
  // Arrays, holes, extra keys.
  [[1, 2, 3], [1, 2, 3], true, true],
  [[1, 2], [2, 1], false, false],
  [[1], ['1'], true, false],
  [[1, , 3], [1, undefined, 3], false, false],
  [[, 1], [, 1], true, true],
  [sparse(3, { 1: 2 }), sparse(3, { 0: 2 }), false, false],
  [withProps([1], { x: 1 }), [1], false, false],
  [withProps([1], { x: 1 }), withProps([1], { x: 1 }), true, true],
  [withProps([1], { [sym]: 1 }), [1], true, false],
  [[], {}, false, false],
  [args(1, 2), args(1, 2), true, true],
  [args(1, 2), [1, 2], false, false],
  [args(1), { 0: 1 }, false, false],
  // Dates.
  [new Date(0), new Date(0), true, true],
  [new Date(0), new Date(1), false, false],
  [new Date(NaN), new Date(NaN), false, false],
  [withProps(new Date(0), { a: 1 }), new Date(0), false, false],
  // RegExps: source, flags and lastIndex.
  [/a/g, /a/g, true, true],
  [/a/g, /a/i, false, false],
  [/a/, /b/, false, false],
  [/a/g, withProps(/a/g, { lastIndex: 2 }), false, false],
  // Errors: name, message, cause and errors, not the stack.
  [new Error('a'), new Error('a'), true, true],
  [new Error('a'), new Error('b'), false, false],
  [new TypeError('a'), new Error('a'), false, false],
  [new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } }), true, true],
  [new Error('a', { cause: 1 }), new Error('a', { cause: '1' }), true, false],
  [new Error('a', { cause: 1 }), new Error('a'), false, false],
  [new Error('a'), new Error('a', { cause: undefined }), true, true],
  [new AggregateError([1], 'm'), new AggregateError([1], 'm'), true, true],
  [new AggregateError([1], 'm'), new AggregateError([2], 'm'), false, false],
  [withProps(new Error('a'), { code: 1 }), new Error('a'), false, false],
  [defined(new Error('a'), 'extra', { value: 1 }), new Error('a'), true, true],
  // Boxed primitives: the boxed value and the keys.
  [new Number(1), new Number(1), true, true],
  [new Number(1), 1, false, false],
  [new Number(0), new Number(-0), false, false],
  [new Number(NaN), new Number(NaN), true, true],
  [new String('a'), new String('a'), true, true],
  [new String('a'), new String('b'), false, false],
  [new Boolean(true), new Boolean(false), false, false],
  [Object(1n), Object(1n), true, true],
  [Object(sym), Object(sym), true, true],
  [withProps(new Number(1), { a: 1 }), new Number(1), false, false],
  // Typed arrays, buffers, DataView.
  [new Uint8Array([1, 2]), new Uint8Array([1, 2]), true, true],
  [new Uint8Array([1, 2]), new Uint8Array([1, 3]), false, false],
  [new Uint8Array([1]), new Int8Array([1]), false, false],
  [Buffer.from('a'), new Uint8Array([97]), true, false],
  [new Float32Array([NaN]), new Float32Array([NaN]), false, true],
  [new Float64Array([-0]), new Float64Array([0]), true, false],
  [withProps(new Uint8Array(1), { x: 1 }), new Uint8Array(1), false, false],
  [new ArrayBuffer(2), new ArrayBuffer(2), true, true],
  [new ArrayBuffer(2), new ArrayBuffer(3), false, false],
  [new ArrayBuffer(2), new SharedArrayBuffer(2), false, false],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)), true, true],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(3)), false, false],
  // Only by reference or not at all.
  [new WeakMap(), new WeakMap(), true, true],
  [new WeakSet(), new WeakSet(), true, true],
  [Promise.resolve(1), Promise.resolve(2), true, true],
  [new WeakRef({}), new WeakRef({}), true, true],
  // Proxies compare as their targets.
  [new Proxy({ a: 1 }, {}), { a: 1 }, true, true],
  [new Proxy([1], {}), [1], true, true],
];

for (const [a, b, loose, strict] of rows) {
  const label = `${util.inspect(a)} vs ${util.inspect(b)}`;
  assert.strictEqual(looseEqual(a, b), loose, `loose: ${label}`);
  assert.strictEqual(looseEqual(b, a), loose, `loose reversed: ${label}`);
  assert.strictEqual(strictEqual(a, b), strict, `strict: ${label}`);
  assert.strictEqual(strictEqual(b, a), strict, `strict reversed: ${label}`);
}

// Circular structures.
{
  const a = { x: 1 };
  a.self = a;
  const b = { x: 1 };
  b.self = b;
  assert.deepStrictEqual(a, b);
  const c = { x: 1, self: { x: 1 } };
  c.self.self = c;
  assert.deepStrictEqual(a, c);
  const d = [1];
  d.push(d);
  const e = [1];
  e.push(e);
  assert.deepStrictEqual(d, e);
  const f = new Map();
  f.set('me', f);
  const g = new Map();
  g.set('me', g);
  assert.deepStrictEqual(f, g);
}

// A getter is called for each comparison.
{
  let calls = 0;
  const a = { get x() { calls++; return 1; } };
  assert.deepStrictEqual(a, { x: 1 });
  assert.strictEqual(calls, 1);
}

// notDeepEqual / notDeepStrictEqual are the inverses.
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: '1' }), { code: 'ERR_ASSERTION' });
assert.throws(() => assert.notDeepStrictEqual([1], [1]), { code: 'ERR_ASSERTION' });

// Both arguments are required.
for (const fn of [assert.deepEqual, assert.notDeepEqual, assert.deepStrictEqual,
                  assert.notDeepStrictEqual]) {
  assert.throws(() => fn({}), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}
