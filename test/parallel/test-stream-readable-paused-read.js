'use strict';
// Paused mode: read(n) returns n bytes or null, 'readable' fires once per refill, _read() is
// asked for highWaterMark bytes, and read(n) past the highWaterMark raises it.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  let n = 0;
  const reads = [];
  const r = new Readable({
    highWaterMark: 4,
    read(size) {
      reads.push(size);
      if (n < 3) this.push(String(n++).repeat(3));
      else this.push(null);
    },
  });
  const got = [];
  r.on('readable', common.mustCallAtLeast(() => {
    let chunk;
    while ((chunk = r.read(2)) !== null) got.push(chunk.toString());
  }));
  r.on('end', common.mustCall(() => {
    // The last odd byte comes out when the stream has ended.
    assert.deepStrictEqual(got, ['00', '01', '11', '22', '2']);
    assert.ok(reads.every((size) => size === 4));
    assert.strictEqual(r.readableLength, 0);
  }));
}

// read() with no argument returns everything buffered, concatenated.
{
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push('cd');
  assert.strictEqual(r.readableLength, 4);
  assert.strictEqual(r.read().toString(), 'abcd');
  assert.strictEqual(r.read(), null);
  // Partial reads split chunks.
  r.push('efgh');
  r.push('ij');
  assert.strictEqual(r.read(1).toString(), 'e');
  assert.strictEqual(r.read(4).toString(), 'fghi');
  assert.strictEqual(r.readableLength, 1);
  // More than is buffered, not ended: null, and nothing is consumed.
  assert.strictEqual(r.read(5), null);
  assert.strictEqual(r.readableLength, 1);
  // Ended: what is left.
  r.push(null);
  assert.strictEqual(r.read(5).toString(), 'j');
}

// read(n) above the highWaterMark raises it to the next power of two; 1 GiB is the limit.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableHighWaterMark, 16384);
  assert.strictEqual(r.read(20000), null);
  assert.strictEqual(r.readableHighWaterMark, 32768);
  assert.throws(() => r.read(2 ** 30 + 1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "size" is out of range. It must be <= 1GiB. Received 1073741825',
  });
  // Strings are parsed as integers.
  r.push('123');
  assert.strictEqual(r.read('2').toString(), '12');
}

// 'readable' is emitted on the next tick, once for all the pushes of a tick.
{
  const r = new Readable({ read() {} });
  let readable = 0;
  r.on('readable', () => readable++);
  r.push('a');
  r.push('b');
  assert.strictEqual(readable, 0);
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(readable, 1);
    r.push('c');
    r.push('d');
    process.nextTick(common.mustCall(() => {
      assert.strictEqual(readable, 2);
      assert.strictEqual(r.read().toString(), 'abcd');
    }));
  }));
}

// After 'end', read() keeps returning null and _read() is not called again.
{
  const r = new Readable({ read: common.mustCall(function() { this.push(null); }) });
  r.on('readable', common.mustCall(() => {
    assert.strictEqual(r.read(), null);
  }));
  r.on('end', common.mustCall(() => {
    assert.strictEqual(r.read(), null);
    assert.strictEqual(r.readableEnded, true);
  }));
}
