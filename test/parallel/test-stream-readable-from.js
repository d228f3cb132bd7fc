'use strict';
// Readable.from(): arrays, generators, async generators, promises in sync iterables, strings
// and Buffers as single chunks; null values are an error; destroying returns the iterator.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, Promise.resolve(3), 4]).toArray(),
                         [1, 2, 3, 4]);
  async function* gen() {
    yield 'a';
    yield 'b';
  }
  assert.deepStrictEqual(await Readable.from(gen()).toArray(), ['a', 'b']);
  assert.deepStrictEqual(await Readable.from('str').toArray(), ['str']);
  const buf = await Readable.from(Buffer.from('buf')).toArray();
  assert.strictEqual(buf.length, 1);
  assert.strictEqual(buf[0].toString(), 'buf');

  const r = Readable.from([1]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  const r2 = Readable.from([1], { objectMode: false, highWaterMark: 5 });
  assert.strictEqual(r2.readableObjectMode, false);
  assert.strictEqual(r2.readableHighWaterMark, 5);

  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });

  await assert.rejects(Readable.from([1, null, 3]).toArray(), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });

  await assert.rejects(Readable.from((function*() {
    yield 1;
    throw new Error('gen throws');
  })()).toArray(), { message: 'gen throws' });

  // Destroying the stream closes the generator (its finally block runs).
  {
    let finalized = false;
    function* infinite() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        finalized = true;
      }
    }
    const s = Readable.from(infinite());
    for await (const v of s) {
      if (v === 2) break;
    }
    await new Promise((resolve) => s.on('close', resolve));
    assert.strictEqual(finalized, true);
  }

  // Sync iterables are read synchronously while there is room: both chunks come in one tick.
  {
    const order = [];
    const s = Readable.from([1, 2]);
    s.on('data', (v) => {
      order.push(v);
      process.nextTick(() => order.push(`tick ${v}`));
    });
    await new Promise((resolve) => s.on('end', resolve));
    assert.deepStrictEqual(order, [1, 2, 'tick 1', 'tick 2']);
  }
})().then(common.mustCall());
