'use strict';
// structuredClone: deep copies of what V8's serializer takes, DataCloneError for the rest,
// Node's errors for bad arguments.
require('../common');
const assert = require('assert');

const original = {
  n: 1, s: 'x', big: 10n, date: new Date(0), re: /a/g, arr: [1, , 3],
  map: new Map([[1, { deep: true }]]), set: new Set(['a']), buf: new Uint8Array([1, 2]),
  nested: { a: { b: { c: [null, undefined] } } },
};
original.self = original;
const copy = structuredClone(original);
assert.notStrictEqual(copy, original);
assert.strictEqual(copy.self, copy);
assert.deepStrictEqual(copy.map.get(1), { deep: true });
assert.notStrictEqual(copy.map.get(1), original.map.get(1));
assert.strictEqual(copy.big, 10n);
assert.strictEqual(copy.date.getTime(), 0);
assert.strictEqual(copy.re.flags, 'g');
assert.strictEqual(1 in copy.arr, false);
assert.deepStrictEqual([...copy.buf], [1, 2]);
assert.strictEqual(structuredClone.length, 0);
assert.strictEqual(structuredClone.name, 'structuredClone');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').enumerable, true);

for (const bad of [() => {}, Symbol('s')]) {
  assert.throws(() => structuredClone(bad), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.match(err.message, /could not be cloned\.$/);
    return true;
  });
}

assert.throws(() => structuredClone(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The value argument must be specified',
});

// ArrayBuffers in the transfer list move into the copy and are detached.
{
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[0] = 7;
  const copy = structuredClone({ ab }, { transfer: [ab] });
  assert.strictEqual(ab.byteLength, 0);
  assert.strictEqual(new Uint8Array(copy.ab)[0], 7);
  assert.throws(() => structuredClone(1, { transfer: [{}] }),
                { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT' });
  const twice = new ArrayBuffer(2);
  assert.throws(() => structuredClone(1, { transfer: [twice, twice] }),
                { name: 'DataCloneError', message: 'Transfer list contains duplicate ArrayBuffer' });
}
