'use strict';
// stream/consumers reads Node streams, web streams and async iterables to the end.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');
const consumers = require('stream/consumers');

assert.strictEqual(require('node:stream/consumers'), consumers);

(async () => {
  assert.strictEqual(await consumers.text(Readable.from(['a', 'b'])), 'ab');
  // A character split between chunks is decoded whole.
  assert.strictEqual(
    await consumers.text(Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac])])),
    '\u20ac');
  assert.deepStrictEqual(await consumers.json(ReadableStream.from(['{"a"', ':1}'])), { a: 1 });
  const buf = await consumers.buffer(ReadableStream.from([new Uint8Array([1]), 'x']));
  assert.ok(Buffer.isBuffer(buf));
  assert.deepStrictEqual([...buf], [1, 0x78]);
  const ab = await consumers.arrayBuffer(ReadableStream.from([new Uint8Array([7, 8])]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [7, 8]);
  const blob = await consumers.blob((async function*() { yield 'zz'; })());
  assert.ok(blob instanceof Blob);
  assert.strictEqual(await blob.text(), 'zz');
  await assert.rejects(consumers.text(ReadableStream.from([1])), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
  });
  await assert.rejects(consumers.json(Readable.from(['{'])), SyntaxError);
})().then(common.mustCall());
