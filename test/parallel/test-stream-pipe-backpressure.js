'use strict';
// readable.pipe(writable): chunks are written in order, the source is paused while the
// destination needs to drain and resumed on 'drain', and the destination is ended.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

{
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      if (n < 6) this.push(`chunk${n++}`);
      else this.push(null);
    },
  });
  const written = [];
  const w = new Writable({
    highWaterMark: 6,
    write(chunk, encoding, cb) {
      written.push(chunk.toString());
      setTimeout(cb, 1);
    },
  });
  let pauses = 0;
  let drains = 0;
  r.on('pause', () => pauses++);
  w.on('drain', () => drains++);
  w.on('pipe', common.mustCall((src) => assert.strictEqual(src, r)));
  assert.strictEqual(r.pipe(w), w);
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(written, ['chunk0', 'chunk1', 'chunk2', 'chunk3', 'chunk4', 'chunk5']);
    assert.strictEqual(pauses, 6);
    // The last write is followed by end(): no 'drain' once ending.
    assert.strictEqual(drains, 5);
  }));
}

// A destination that needs to drain when piped to: the source waits.
{
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('pre');
  assert.strictEqual(w.writableNeedDrain, true);
  const r = new Readable({ read() {} });
  const order = [];
  r.on('data', (d) => order.push(`data ${d}`));
  w.on('drain', () => order.push('drain'));
  r.pipe(w);
  r.push('a');
  r.push(null);
  assert.strictEqual(r.isPaused(), true);
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(order, ['drain', 'data a']);
  }));
}

// { end: false } leaves the destination open.
{
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  r.pipe(w, { end: false });
  r.push('x');
  r.push(null);
  r.on('end', common.mustCall(() => {
    setImmediate(common.mustCall(() => assert.strictEqual(w.writableEnded, false)));
  }));
}

// Piping after 'end' ends the destination.
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', common.mustCall(() => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    r.pipe(w);
    w.on('finish', common.mustCall());
  }));
}
