'use strict';
// allowHalfOpen: by default a Duplex stays writable after its readable side ended, and is
// destroyed only once both sides are done; with allowHalfOpen: false, 'end' ends the
// writable side.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.allowHalfOpen, true);
  d.push(null);
  d.resume();
  d.on('end', common.mustCall(() => {
    setTimeout(common.mustCall(() => {
      assert.strictEqual(d.destroyed, false);
      assert.strictEqual(d.writable, true);
      d.end();
    }), 1);
  }));
  d.on('close', common.mustCall());
}

{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  d.end();
  d.on('finish', common.mustCall(() => {
    setTimeout(common.mustCall(() => {
      assert.strictEqual(d.destroyed, false);
      assert.strictEqual(d.readable, true);
      d.push(null);
      d.resume();
    }), 1);
  }));
  d.on('close', common.mustCall());
}

{
  const order = [];
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { setTimeout(cb, 1); },
  });
  assert.strictEqual(d.allowHalfOpen, false);
  for (const ev of ['end', 'prefinish', 'finish', 'close']) d.on(ev, () => order.push(ev));
  d.write('pending', () => order.push('write cb'));
  d.push(null);
  d.resume();
  process.on('exit', () => {
    assert.deepStrictEqual(order, ['end', 'write cb', 'prefinish', 'finish', 'close']);
  });
}

// A write error errors the readable side too.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(new Error('w4')); } });
  d.on('error', common.mustCall());
  d.write('x');
  assert.strictEqual(d._readableState.errored.message, 'w4');
  assert.strictEqual(d.errored.message, 'w4');
}

// autoDestroy: false.
{
  const d = new Duplex({ autoDestroy: false, read() {}, write(c, e, cb) { cb(); } });
  d.end();
  d.push(null);
  d.resume();
  d.on('close', common.mustNotCall());
  setTimeout(common.mustCall(() => assert.strictEqual(d.destroyed, false)), 5);
}
