'use strict';
// The readable* getters and what they report through a stream's life.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {}, highWaterMark: 7 });
assert.strictEqual(r.readable, true);
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.readableLength, 0);
assert.strictEqual(r.readableHighWaterMark, 7);
assert.strictEqual(r.readableObjectMode, false);
assert.strictEqual(r.readableEncoding, null);
assert.strictEqual(r.readableEnded, false);
assert.strictEqual(r.readableDidRead, false);
assert.strictEqual(r.readableAborted, false);
assert.strictEqual(r.isPaused(), false);
assert.strictEqual(r.errored, null);
assert.strictEqual(r.closed, false);
assert.strictEqual(r.destroyed, false);
assert.deepStrictEqual(r.readableBuffer, []);

r.push('abc');
assert.strictEqual(r.readableLength, 3);
r.read(1);
assert.strictEqual(r.readableDidRead, true);

r.pause();
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);
r.resume();
assert.strictEqual(r.readableFlowing, true);
assert.strictEqual(r.isPaused(), false);
r.readableFlowing = false;
assert.strictEqual(r.readableFlowing, false);

// A 'readable' listener switches to paused mode.
{
  const r2 = new Readable({ read() {} });
  r2.on('readable', () => {});
  assert.strictEqual(r2.readableFlowing, false);
  assert.strictEqual(r2.isPaused(), true);
}

// The getters are on the prototype, not enumerable.
for (const name of ['readable', 'readableFlowing', 'readableLength', 'readableEnded',
                    'readableAborted', 'readableDidRead', 'destroyed', 'closed', 'errored']) {
  const desc = Object.getOwnPropertyDescriptor(Readable.prototype, name);
  assert.strictEqual(typeof desc.get, 'function', name);
  assert.strictEqual(desc.enumerable, false, name);
}

// _readableState keeps the names older code reads.
{
  const s = new Readable({ read() {} })._readableState;
  for (const name of ['objectMode', 'ended', 'endEmitted', 'reading', 'flowing', 'needReadable',
                      'emittedReadable', 'destroyed', 'errorEmitted', 'closed', 'sync']) {
    assert.ok(name in s, name);
  }
  assert.strictEqual(s.length, 0);
  assert.strictEqual(s.highWaterMark, 16384);
  assert.strictEqual(s.ended, false);
  assert.strictEqual(s.flowing, null);
  assert.deepStrictEqual(s.pipes, []);
  assert.strictEqual(s.pipesCount, 0);
  s.ended = true;
  assert.strictEqual(s.ended, true);
  assert.ok(s instanceof Readable.ReadableState);
}

// The readable setter.
{
  const r3 = new Readable({ read() {} });
  r3.readable = false;
  assert.strictEqual(r3.readable, false);
}

// After the end.
{
  const r4 = new Readable({ read() {} });
  r4.push(null);
  r4.resume();
  r4.on('end', common.mustCall(() => {
    assert.strictEqual(r4.readable, false);
    assert.strictEqual(r4.readableEnded, true);
  }));
}
