'use strict';
// One source piped to two destinations: every chunk goes to both, the source waits for the
// slower one ('drain' from all that asked), and unpipe() of one lets the other go on.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

let n = 0;
const r = new Readable({
  highWaterMark: 2,
  read() {
    if (n < 5) this.push(`c${n++}`);
    else this.push(null);
  },
});
const got1 = [];
const got2 = [];
const w1 = new Writable({
  highWaterMark: 1,
  write(c, e, cb) {
    got1.push(c.toString());
    setTimeout(cb, 1);
  },
});
const w2 = new Writable({
  highWaterMark: 100,
  write(c, e, cb) {
    got2.push(c.toString());
    setTimeout(cb, 3);
  },
});
r.pipe(w1);
r.pipe(w2);
assert.strictEqual(r._readableState.pipes.length, 2);
w1.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(got1, ['c0', 'c1', 'c2', 'c3', 'c4']);
}));
w2.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(got2, ['c0', 'c1', 'c2', 'c3', 'c4']);
}));

// unpipe() of one destination.
{
  let k = 0;
  const src = new Readable({
    read() {
      if (k < 4) setTimeout(() => this.push(`s${k++}`), 1);
      else this.push(null);
    },
  });
  const a = [];
  const b = [];
  const wa = new Writable({ write(c, e, cb) { a.push(c.toString()); cb(); } });
  const wb = new Writable({ write(c, e, cb) { b.push(c.toString()); cb(); } });
  wb.on('unpipe', common.mustCall((from) => assert.strictEqual(from, src)));
  wb.on('finish', common.mustNotCall());
  src.pipe(wa);
  src.pipe(wb);
  src.once('data', () => {
    src.unpipe(wb);
    assert.deepStrictEqual(src._readableState.pipes, [wa]);
  });
  wa.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(a, ['s0', 's1', 's2', 's3']);
    assert.deepStrictEqual(b, ['s0']);
  }));
}
