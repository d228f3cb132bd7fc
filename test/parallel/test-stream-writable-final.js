'use strict';
// _final(): runs once end() is called and everything is written; 'prefinish' after it calls
// back, 'finish' on a later tick; its error destroys the stream and fails end()'s callback.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const order = [];
  const w = new Writable({
    write(chunk, encoding, cb) {
      order.push(`_write ${chunk}`);
      setTimeout(cb, 1);
    },
    final(cb) {
      order.push('_final');
      setTimeout(() => {
        cb();
        order.push('after final cb');
        process.nextTick(() => order.push('tick after final cb'));
      }, 1);
    },
  });
  for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => order.push(ev));
  w.end('a', () => order.push('end cb'));
  process.on('exit', () => {
    assert.deepStrictEqual(order, [
      '_write a', '_final', 'prefinish', 'after final cb', 'end cb', 'finish',
      'tick after final cb', 'close',
    ]);
  });
}

// _final() is called synchronously by end() when nothing is pending.
{
  let called = false;
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { called = true; cb(); } });
  w.end();
  assert.strictEqual(called, true);
}

// Synchronous error: destroyed at once; end()'s callback gets the error after 'close'.
{
  const order = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final fail')); },
  });
  w.on('error', (err) => order.push(`error ${err.message}`));
  w.on('close', () => order.push('close'));
  w.end((err) => order.push(`end cb ${err.message}`));
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.errored.message, 'final fail');
  process.on('exit', () => {
    assert.deepStrictEqual(order, ['error final fail', 'close', 'end cb final fail']);
  });
}

// Asynchronous error: end()'s callback first.
{
  const order = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { setTimeout(() => cb(new Error('late')), 1); },
  });
  w.on('error', (err) => order.push(`error ${err.message}`));
  w.on('close', () => order.push('close'));
  w.end((err) => order.push(`end cb ${err.message}`));
  process.on('exit', () => {
    assert.deepStrictEqual(order, ['end cb late', 'error late', 'close']);
  });
}

// autoDestroy: false: 'error' but no destroy, no 'close'.
{
  const w = new Writable({
    autoDestroy: false,
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('nd')); },
  });
  w.on('error', common.mustCall());
  w.on('close', common.mustNotCall());
  w.end(common.mustCall((err) => assert.strictEqual(err.message, 'nd')));
}

{
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final() { throw new Error('final throws'); },
  });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'final throws')));
  w.end();
}

{
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); cb(); } });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK')));
  w.end();
}
