'use strict';
// push() and unshift() return whether more may be pushed (below the highWaterMark, not
// ended), accept strings, Buffers and any ArrayBufferView, and report bad chunks and pushes
// after EOF as errors on the stream.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ highWaterMark: 4, read() {} });
  assert.strictEqual(r.push('ab'), true);
  assert.strictEqual(r.push('cd'), false);
  assert.strictEqual(r.push(''), false);
  assert.strictEqual(r.readableLength, 4);
  // Empty chunks and undefined are ignored.
  const r2 = new Readable({ read() {} });
  assert.strictEqual(r2.push(''), true);
  assert.strictEqual(r2.push(undefined), true);
  assert.strictEqual(r2.readableLength, 0);
  // push(null) ends and returns false.
  assert.strictEqual(r2.push(null), false);
  assert.strictEqual(new Readable({ read() {} }).unshift(null), false);
}

// Typed arrays and DataViews become Buffers over the same bytes.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.push(new Float64Array(1)), true);
  assert.strictEqual(r.push(new DataView(new ArrayBuffer(3))), true);
  assert.strictEqual(r.push(new Uint8Array([1, 2])), true);
  assert.strictEqual(r.readableLength, 13);
  const all = r.read();
  assert.ok(Buffer.isBuffer(all));
  assert.strictEqual(all.length, 13);
  assert.deepStrictEqual([...all.subarray(11)], [1, 2]);
}

// A string pushed with an encoding is decoded into bytes.
{
  const r = new Readable({ read() {} });
  r.push('6869', 'hex');
  r.push('aGk=', 'base64');
  assert.strictEqual(r.read().toString(), 'hihi');
}

// Bad chunks: ERR_INVALID_ARG_TYPE, emitted synchronously when autoDestroy is off.
{
  const r = new Readable({ read() {}, autoDestroy: false });
  let error;
  r.on('error', (err) => { error = err; });
  assert.strictEqual(r.push(123), false);
  assert.strictEqual(error.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(error.name, 'TypeError');
  assert.strictEqual(error.message,
                     'The "chunk" argument must be of type string or an instance of Buffer, ' +
                     'TypedArray, or DataView. Received type number (123)');
  assert.strictEqual(r.destroyed, false);
}

// With autoDestroy the stream is destroyed with the error.
{
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  }));
  r.on('close', common.mustCall());
  assert.strictEqual(r.push({}), false);
  assert.strictEqual(r.destroyed, true);
}

// push() after push(null).
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
  }));
  assert.strictEqual(r.push('a'), false);
}

// Destroyed streams take nothing.
{
  const r = new Readable({ read() {} });
  r.destroy();
  assert.strictEqual(r.push('a'), false);
  assert.strictEqual(r.readableLength, 0);
}

// unshift() after push(null) still works (until 'end'), but returns false.
{
  const r = new Readable({ read() {} });
  r.push(null);
  assert.strictEqual(r.unshift('x'), false);
  assert.strictEqual(r.readableLength, 1);
  const r2 = new Readable({ read() {}, highWaterMark: 2 });
  assert.strictEqual(r2.unshift('xyz'), false);
  assert.strictEqual(r2.readableLength, 3);
}

// objectMode: any value but null is a chunk, undefined included.
{
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.push(undefined), true);
  assert.strictEqual(r.push(0), true);
  assert.strictEqual(r.push(''), true);
  assert.strictEqual(r.readableLength, 3);
  assert.strictEqual(r.read(), undefined);
  assert.strictEqual(r.read(), 0);
  assert.strictEqual(r.read(), '');
  // 16 objects is the default highWaterMark.
  for (let i = 0; i < 15; i++) assert.strictEqual(r.push(i), true);
  assert.strictEqual(r.push(15), false);
}
