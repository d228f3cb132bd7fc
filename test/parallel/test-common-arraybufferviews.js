'use strict';
// common.getArrayBufferViews / getBufferSources: every view type over the same bytes.
const common = require('../common');
const assert = require('assert');

const bytes = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
const views = common.getArrayBufferViews(bytes);
const names = views.map((view) => view.constructor.name);
assert.deepStrictEqual(names, [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView',
]);
for (const view of views) {
  assert.strictEqual(view.byteLength, 16);
  assert.deepStrictEqual(Buffer.from(view.buffer, view.byteOffset, view.byteLength), bytes);
}

// Lengths that do not fit a type leave it out.
assert.strictEqual(common.getArrayBufferViews(Buffer.from('abc')).length, 4);

// A view at an odd offset still gets every type that fits its length.
const odd = new Uint8Array(new ArrayBuffer(9), 1, 8);
odd.set([1, 2, 3, 4, 5, 6, 7, 8]);
for (const view of common.getArrayBufferViews(odd)) {
  assert.deepStrictEqual([...new Uint8Array(view.buffer, view.byteOffset, 8)],
                         [1, 2, 3, 4, 5, 6, 7, 8]);
}

const sources = common.getBufferSources(bytes);
assert.strictEqual(sources.length, views.length + 1);
assert.ok(sources[sources.length - 1] instanceof ArrayBuffer);
assert.deepStrictEqual(Buffer.from(sources[sources.length - 1]), bytes);
