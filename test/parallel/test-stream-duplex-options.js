'use strict';
// Duplex options: readable: false / writable: false, per-side objectMode and highWaterMark,
// the simplified constructor's methods, and _construct() for both sides.
const common = require('../common');
const assert = require('assert');
const { Duplex, Writable } = require('stream');

{
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, true);
  assert.strictEqual(d.readableEnded, true);
  d.on('end', common.mustNotCall());
  d.on('finish', common.mustCall());
  d.on('close', common.mustCall());
  d.end('z');
}

{
  const d = new Duplex({ writable: false, read() { this.push('r'); this.push(null); } });
  assert.strictEqual(d.writable, false);
  assert.strictEqual(d.writableEnded, true);
  assert.strictEqual(d.writableFinished, true);
  d.on('finish', common.mustNotCall());
  d.on('end', common.mustCall());
  d.on('close', common.mustCall());
  d.resume();
}

{
  const d = new Duplex({ objectMode: true });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, true);
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 16);
  const d2 = new Duplex({ readableObjectMode: true, writableHighWaterMark: 7 });
  assert.strictEqual(d2.readableObjectMode, true);
  assert.strictEqual(d2.writableObjectMode, false);
  assert.strictEqual(d2.readableHighWaterMark, 16);
  assert.strictEqual(d2.writableHighWaterMark, 7);
  const d3 = new Duplex({ highWaterMark: 5, readableHighWaterMark: 1 });
  assert.strictEqual(d3.readableHighWaterMark, 5);
  assert.strictEqual(d3.writableHighWaterMark, 5);
  assert.throws(() => new Duplex({ readableHighWaterMark: 1.5 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.readableHighWaterMark' is invalid. Received 1.5",
  });
  assert.throws(() => new Duplex({ highWaterMark: -1 }), {
    message: "The property 'options.readableHighWaterMark' is invalid. Received -1",
  });
}

{
  const order = [];
  const d = new Duplex({
    construct(cb) {
      order.push('construct');
      setTimeout(cb, 1);
    },
    read() {
      order.push('_read');
      this.push(null);
    },
    write(c, e, cb) {
      order.push(`_write ${c}`);
      cb();
    },
    final(cb) {
      order.push('_final');
      cb();
    },
  });
  d.write('w');
  d.end();
  d.resume();
  d.on('close', common.mustCall(() => {
    assert.deepStrictEqual(order, ['construct', '_write w', '_final', '_read']);
  }));
}

{
  const d = new Duplex();
  assert.ok(d instanceof Writable);
  assert.strictEqual(Duplex.prototype.destroy, Writable.prototype.destroy);
  assert.strictEqual(Duplex.prototype.write, Writable.prototype.write);
  assert.strictEqual(Duplex.prototype._writev, null);
  assert.deepStrictEqual(Object.keys(d), ['_events', '_readableState', '_writableState',
                                          'allowHalfOpen', '_maxListeners']);
  assert.ok(Duplex() instanceof Duplex);
}

// destroyed is true once both sides are.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  d.on('error', common.mustCall());
  d.destroy(new Error('dd'));
  assert.strictEqual(d.destroyed, true);
  assert.strictEqual(d.readableAborted, true);
  assert.strictEqual(d.errored.message, 'dd');
  // Duplex has no writableAborted of its own.
  assert.strictEqual(d.writableAborted, undefined);
  d._readableState.destroyed = false;
  assert.strictEqual(d.destroyed, false);
}
