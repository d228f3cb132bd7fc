'use strict';
// destroy() on a Writable: pending write and end() callbacks get ERR_STREAM_DESTROYED (or
// the destroy error), 'error' then 'close', and writes afterwards fail.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const order = [];
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
  w.on('close', () => order.push('close'));
  w.on('error', common.mustNotCall());
  w.write('a', (err) => order.push(`cb a ${err?.code}`));
  w.write('b', (err) => order.push(`cb b ${err?.code}`));
  w.end((err) => order.push(`end cb ${err?.code}`));
  w.destroy();
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.writable, false);
  assert.strictEqual(w.writableAborted, true);
  process.on('exit', () => {
    // While a write is in progress the buffer is failed only once it calls back.
    assert.deepStrictEqual(order, [
      'close', 'cb a undefined', 'cb b ERR_STREAM_DESTROYED', 'end cb ERR_STREAM_DESTROYED',
    ]);
  });
}

{
  const order = [];
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
  w.on('error', (err) => order.push(`error ${err.message}`));
  w.on('close', () => order.push('close'));
  w.write('a', (err) => order.push(`cb a ${err?.message}`));
  w.write('b', (err) => order.push(`cb b ${err?.message}`));
  w.destroy(new Error('kaboom'));
  process.on('exit', () => {
    assert.deepStrictEqual(order, ['error kaboom', 'close', 'cb a undefined', 'cb b kaboom']);
  });
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.on('error', common.mustNotCall());
  assert.strictEqual(w.write('x', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
  })), false);
}

// end() pending when destroy() is called.
{
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { setTimeout(cb, 1); } });
  w.end(common.mustCall((err) => {
    assert.strictEqual(err.message, 'Cannot call end after a stream was destroyed');
  }));
  w.destroy();
}

// autoDestroy destroys after 'finish'; emitClose: false keeps 'close' quiet.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', common.mustCall(() => {
    assert.strictEqual(w.writableFinished, true);
    assert.strictEqual(w.destroyed, false);
  }));
  w.on('close', common.mustCall(() => assert.strictEqual(w.destroyed, true)));
  w.end();
  const w2 = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
  w2.on('close', common.mustNotCall());
  w2.end();
  const w3 = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
  w3.end();
  w3.on('finish', common.mustCall(() => {
    setImmediate(common.mustCall(() => assert.strictEqual(w3.destroyed, false)));
  }));
}
