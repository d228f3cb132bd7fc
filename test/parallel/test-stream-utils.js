'use strict';
// stream.isReadable/isWritable/isDisturbed/isErrored/isDestroyed and stream.destroy().
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough, Duplex } = stream;

const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { cb(); } });
const p = new PassThrough();
assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isReadable(p), true);
// null: not a stream of that kind.
assert.strictEqual(stream.isReadable(w), null);
assert.strictEqual(stream.isReadable({}), null);
assert.strictEqual(stream.isWritable(w), true);
assert.strictEqual(stream.isWritable(p), true);
assert.strictEqual(stream.isWritable(r), null);
assert.strictEqual(stream.isWritable(null), null);
assert.strictEqual(stream.isDestroyed({}), null);

assert.strictEqual(stream.isDisturbed(r), false);
r.push('a');
r.read();
assert.strictEqual(stream.isDisturbed(r), true);

assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isDestroyed(r), false);
r.on('error', () => {});
r.destroy(new Error('e'));
assert.strictEqual(stream.isDestroyed(r), true);
assert.strictEqual(stream.isReadable(r), false);
// Errored once 'error' has been emitted.
assert.strictEqual(stream.isErrored(r), false);
process.nextTick(common.mustCall(() => assert.strictEqual(stream.isErrored(r), true)));

w.end();
assert.strictEqual(stream.isWritable(w), false);

// A stream destroyed before being read from counts as disturbed (aborted).
{
  const r2 = new Readable({ read() {} });
  r2.destroy();
  assert.strictEqual(stream.isDisturbed(r2), true);
}

// A Duplex is both.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(stream.isReadable(d), true);
  assert.strictEqual(stream.isWritable(d), true);
  const ro = new Duplex({ writable: false, read() {} });
  assert.strictEqual(stream.isWritable(ro), false);
}

// stream.destroy(stream, err): an unfinished stream without an error gets an AbortError.
{
  const r3 = new Readable({ read() {} });
  r3.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  stream.destroy(r3);
  const r4 = new Readable({ read() {} });
  r4.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'r4 destroy')));
  stream.destroy(r4, new Error('r4 destroy'));
  // Objects with close() are closed; objects with neither get 'close'.
  const closable = { close: common.mustCall(), on() {}, pipe() {} };
  stream.destroy(closable);
  const EE = require('events');
  const bare = new EE();
  bare.pipe = () => {};
  bare.readable = false;
  bare.on('close', common.mustCall());
  stream.destroy(bare);
}
