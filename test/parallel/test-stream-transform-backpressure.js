'use strict';
// A transform callback is held while the readable side is at its highWaterMark, and
// released when the consumer reads; readableHighWaterMark: 0 makes the writable side 0 too.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

{
  let transformed = 0;
  const t = new Transform({
    highWaterMark: 2,
    transform(chunk, encoding, cb) {
      transformed++;
      this.push(chunk);
      this.push(chunk);
      cb();
    },
  });
  const returns = [];
  for (let i = 0; i < 5; i++) returns.push(t.write(`x${i}`));
  t.end();
  setTimeout(common.mustCall(() => {
    // The first chunk filled the readable side: its callback is held, the rest buffered.
    assert.strictEqual(transformed, 1);
    assert.strictEqual(t.readableLength, 4);
    assert.deepStrictEqual(returns, [false, false, false, false, false]);
    let read = 0;
    t.on('data', () => read++);
    t.on('end', common.mustCall(() => {
      assert.strictEqual(transformed, 5);
      assert.strictEqual(read, 10);
    }));
  }), 5);
}

{
  const t = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
  assert.strictEqual(t.readableHighWaterMark, 0);
  assert.strictEqual(t.writableHighWaterMark, 0);
  const t2 = new Transform({ readableHighWaterMark: 0, writableHighWaterMark: 9 });
  assert.strictEqual(t2.writableHighWaterMark, 9);
  const t3 = new Transform({ highWaterMark: 0 });
  assert.strictEqual(t3.readableHighWaterMark, 0);
  assert.strictEqual(t3.writableHighWaterMark, 0);
}

// Ending the readable side from _transform(): the write callback still comes (next tick).
{
  const t = new Transform({
    objectMode: true,
    highWaterMark: 1,
    transform(c, e, cb) {
      this.push(c);
      this.push(c);
      this.push(null);
      cb();
    },
  });
  t.write('a', common.mustCall());
  assert.strictEqual(t.writableLength, 1);
}
