'use strict';
// unpipe(): of one destination or all, 'unpipe' on each destination, the source paused when
// none is left; unpiping something not piped is a no-op.
const common = require('../common');
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

{
  const r = new Readable({ read() {} });
  const d1 = new PassThrough();
  const d2 = new PassThrough();
  r.pipe(d1);
  r.pipe(d2);
  d1.on('unpipe', common.mustCall((src) => assert.strictEqual(src, r)));
  d2.on('unpipe', common.mustCall((src) => assert.strictEqual(src, r)));
  r.on('pause', common.mustCall());
  assert.strictEqual(r.unpipe(), r);
  assert.deepStrictEqual(r._readableState.pipes, []);
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.unpipe(d1), r);
  assert.strictEqual(r.unpipe(new PassThrough()), r);
}

{
  const r = new Readable({ read() {} });
  const d = new PassThrough();
  r.pipe(d);
  r.unpipe(d);
  assert.strictEqual(r.listenerCount('data'), 0);
  assert.strictEqual(d.listenerCount('unpipe'), 0);
  assert.strictEqual(d.listenerCount('drain'), 0);
  assert.strictEqual(r.readableFlowing, false);
}

// A destination that closes or finishes is unpiped.
{
  const r = new Readable({ read() {} });
  const d = new PassThrough();
  r.pipe(d);
  d.on('unpipe', common.mustCall());
  d.destroy();
  setTimeout(common.mustCall(() => {
    assert.strictEqual(r._readableState.pipes.length, 0);
  }), 1);
}

// A source paused by back-pressure is released when the waiting destination is unpiped.
{
  const r = new Readable({ read() {} });
  const d1 = new PassThrough({ highWaterMark: 1 });
  const d2 = new PassThrough({ highWaterMark: 1 });
  r.pipe(d1);
  r.pipe(d2);
  r.push('xx');
  r.push('yy');
  setTimeout(common.mustCall(() => {
    assert.strictEqual(r.readableFlowing, false);
    assert.strictEqual(r._readableState.awaitDrainWriters.size, 2);
    r.unpipe();
    assert.strictEqual(r._readableState.awaitDrainWriters.size, 0);
  }), 5);
}
