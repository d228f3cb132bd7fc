'use strict';
// write() returns false at the highWaterMark (measured after _write(): synchronous writes
// do not count), 'drain' comes once the buffer is empty, and a highWaterMark of 0 always
// asks to wait unless nothing is pending.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, encoding, cb) { process.nextTick(cb); },
  });
  let i = 0;
  let drains = 0;
  w.on('drain', () => drains++);
  const results = [];
  function writeSome() {
    let ok = true;
    while (ok && i < 6) {
      ok = w.write(String(i++));
      results.push(ok);
    }
    if (i < 6) w.once('drain', writeSome);
    else w.end();
  }
  writeSome();
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(results, [true, true, false, true, true, false]);
    // The last batch ended the stream: no 'drain' once ending.
    assert.strictEqual(drains, 1);
  }));
}

{
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(); } });
  w.on('drain', common.mustNotCall());
  assert.strictEqual(w.write('abc'), true);
  assert.strictEqual(w.write('d'), true);
}

{
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setTimeout(cb, 1); } });
  assert.strictEqual(w.write('a'), false);
  assert.strictEqual(w.writableNeedDrain, true);
  w.on('drain', common.mustCall(() => assert.strictEqual(w.writableNeedDrain, false)));
  const w2 = new Writable({ highWaterMark: 0, write(c, e, cb) { setTimeout(cb, 1); } });
  assert.strictEqual(w2.write(''), true);
  const w3 = new Writable({ highWaterMark: 0, objectMode: true, write(c, e, cb) { cb(); } });
  assert.strictEqual(w3.write({}), true);
  w3.cork();
  assert.strictEqual(w3.write(1), false);
}

// No 'drain' once ending.
{
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { setTimeout(cb, 1); } });
  w.on('drain', common.mustNotCall());
  assert.strictEqual(w.write('ab'), false);
  w.end();
  assert.strictEqual(w.writableNeedDrain, false);
}
