'use strict';
// destroy(): the state flips at once, 'error' (if any) then 'close' come on the next tick,
// _destroy() may finish asynchronously, a second destroy() is a no-op that still calls back.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  r.push('a');
  assert.strictEqual(r.destroy(), r);
  r.on('data', common.mustNotCall());
  r.on('end', common.mustNotCall());
  r.on('error', common.mustNotCall());
  r.on('close', common.mustCall());
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.readable, false);
  assert.strictEqual(r.readableAborted, true);
  assert.strictEqual(r.closed, true);
  assert.strictEqual(r.errored, null);
  r.destroy(new Error('ignored'), common.mustCall((err) => {
    assert.strictEqual(err, undefined);
  }));
  assert.strictEqual(r.errored, null);
}

// An error: 'error' then 'close'; the callback gets the error first.
{
  const order = [];
  const r = new Readable({
    read() {},
    destroy: common.mustCall(function(err, cb) {
      order.push(`_destroy ${err.message}`);
      setTimeout(cb, 1, err);
    }),
  });
  r.on('error', (err) => order.push(`error ${err.message}`));
  r.on('close', () => order.push('close'));
  r.destroy(new Error('boom'), (err) => order.push(`cb ${err.message}`));
  assert.strictEqual(r.errored.message, 'boom');
  // Not closed until _destroy() calls back.
  assert.strictEqual(r.closed, false);
  process.on('exit', () => {
    assert.deepStrictEqual(order, ['_destroy boom', 'cb boom', 'error boom', 'close']);
  });
}

// autoDestroy: false and emitClose: false.
{
  const r = new Readable({ read() {}, autoDestroy: false, emitClose: false });
  r.on('error', common.mustCall());
  r.on('close', common.mustNotCall());
  r.destroy(new Error('x'));
}

// Errors thrown by _read() and _destroy() become the stream's error.
{
  const r = new Readable({ read() { throw new Error('read throws'); } });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'read throws')));
  r.on('close', common.mustCall());
  r.resume();
  const r2 = new Readable({ read() {}, destroy() { throw new Error('destroy throws'); } });
  r2.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'destroy throws')));
  r2.destroy();
}

// A stream that ended normally is destroyed after 'end' (autoDestroy), without error.
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', common.mustCall(() => {
    assert.strictEqual(r.destroyed, false);
    assert.strictEqual(r.readableAborted, false);
  }));
  r.on('close', common.mustCall(() => {
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.readableAborted, false);
  }));
}

// _undestroy() brings it back.
{
  const r = new Readable({ read() {} });
  r.destroy();
  r._undestroy();
  assert.strictEqual(r.destroyed, false);
  assert.strictEqual(r.closed, false);
  assert.strictEqual(r.readable, true);
}

// The destroyed setter.
{
  const r = new Readable({ read() {} });
  r.destroyed = true;
  assert.strictEqual(r._readableState.destroyed, true);
}
