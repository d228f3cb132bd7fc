'use strict';
// The writable* getters through a stream's life, _writableState's names, and
// `instanceof Writable` for Duplex streams.
const common = require('../common');
const assert = require('assert');
const { Writable, Duplex, Readable } = require('stream');

const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setTimeout(cb, 1); } });
assert.strictEqual(w.writable, true);
assert.strictEqual(w.writableHighWaterMark, 3);
assert.strictEqual(w.writableLength, 0);
assert.strictEqual(w.writableObjectMode, false);
assert.strictEqual(w.writableCorked, 0);
assert.strictEqual(w.writableEnded, false);
assert.strictEqual(w.writableFinished, false);
assert.strictEqual(w.writableNeedDrain, false);
assert.strictEqual(w.writableAborted, false);
assert.strictEqual(w.destroyed, false);
assert.strictEqual(w.closed, false);
assert.strictEqual(w.errored, null);
assert.deepStrictEqual(w.writableBuffer, []);

w.write('abc');
w.write('d');
assert.strictEqual(w.writableLength, 4);
assert.strictEqual(w.writableNeedDrain, true);
assert.strictEqual(w.writableBuffer.length, 1);
assert.strictEqual(w.writableBuffer[0].chunk.toString(), 'd');
w.end();
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writable, false);
assert.strictEqual(w.writableNeedDrain, false);
w.on('finish', common.mustCall(() => {
  assert.strictEqual(w.writableFinished, true);
  assert.strictEqual(w.writableLength, 0);
}));
w.on('close', common.mustCall(() => {
  assert.strictEqual(w.closed, true);
  assert.strictEqual(w.writableAborted, false);
}));

{
  const s = new Writable()._writableState;
  for (const name of ['objectMode', 'ended', 'ending', 'finished', 'writing', 'needDrain',
                      'destroyed', 'errorEmitted', 'closed', 'corked', 'length',
                      'pendingcb', 'highWaterMark', 'decodeStrings', 'defaultEncoding']) {
    assert.ok(name in s, name);
  }
  assert.strictEqual(s.defaultEncoding, 'utf8');
  assert.strictEqual(s.bufferedRequestCount, 0);
  assert.deepStrictEqual(s.getBuffer(), []);
  assert.ok(s instanceof Writable.WritableState);
}

// The writable setter.
{
  const w2 = new Writable();
  w2.writable = false;
  assert.strictEqual(w2.writable, false);
}

// A Duplex passes instanceof Writable without Writable being in its prototype chain.
{
  const d = new Duplex();
  assert.ok(d instanceof Writable);
  assert.ok(d instanceof Readable);
  assert.ok(!(new Readable() instanceof Writable));
  assert.ok(!Object.prototype.isPrototypeOf.call(Writable.prototype, d));
  class Sub extends Writable {}
  assert.ok(!(d instanceof Sub));
  assert.ok(new Sub() instanceof Writable);
}

// Writable() without new.
{
  const w3 = Writable({ write(c, e, cb) { cb(); } });
  assert.ok(w3 instanceof Writable);
}
