'use strict';
// Unhandled 'error' events: the error itself is thrown; other values are wrapped in
// ERR_UNHANDLED_ERROR; errorMonitor listeners see errors first without handling them.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => ee.emit('error', err), (e) => e === err);
  class MyError extends TypeError {}
  const mine = new MyError('mine');
  assert.throws(() => ee.emit('error', mine, 'extra'), (e) => e === mine);
}

for (const [value, shown] of [[undefined, 'undefined'], [null, 'null'], [1, '1'],
                              ['str', "'str'"], [{ a: 1 }, '{ a: 1 }'], [[1, 2], '[ 1, 2 ]'],
                              [{ message: 'm' }, "{ message: 'm' }"],
                              [Symbol('s'), 'Symbol(s)'],
                              [{ a: { b: { c: { d: 1 } } } }, '{ a: { b: { c: [Object] } } }']]) {
  const ee = new EventEmitter();
  assert.throws(() => ee.emit('error', value), (e) => {
    assert.strictEqual(e.name, 'Error');
    assert.strictEqual(e.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(e.message, `Unhandled error. (${shown})`);
    assert.strictEqual(e.context, value);
    assert.deepStrictEqual(Object.keys(e), ['code', 'context']);
    assert.strictEqual(String(e), `Error [ERR_UNHANDLED_ERROR]: Unhandled error. (${shown})`);
    return true;
  });
}

// No argument at all.
assert.throws(() => new EventEmitter().emit('error'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
});

// An inspect-hostile value still gives an error.
{
  const hostile = { [util.inspect.custom]() { throw new Error('no inspect'); } };
  assert.throws(() => new EventEmitter().emit('error', hostile), {
    code: 'ERR_UNHANDLED_ERROR',
  });
}

// With a listener the error is handled, and emit returns true.
{
  const ee = new EventEmitter();
  const err = new Error('handled');
  ee.on('error', common.mustCall((e, extra) => {
    assert.strictEqual(e, err);
    assert.strictEqual(extra, 2);
  }));
  assert.strictEqual(ee.emit('error', err, 2), true);
}

// errorMonitor listeners run first and do not count as handling the error.
{
  const ee = new EventEmitter();
  const err = new Error('monitored');
  const order = [];
  assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
  assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
  ee.on(EventEmitter.errorMonitor, common.mustCall((e) => {
    assert.strictEqual(e, err);
    order.push('monitor');
  }, 2));
  assert.throws(() => ee.emit('error', err), (e) => e === err);
  ee.on('error', () => order.push('listener'));
  ee.emit('error', err);
  assert.deepStrictEqual(order, ['monitor', 'monitor', 'listener']);
}

// An emitter whose _events is gone still throws on 'error'.
{
  const ee = Object.create(EventEmitter.prototype);
  const err = new Error('no events');
  assert.throws(() => ee.emit('error', err), (e) => e === err);
}

// A throwing listener stops emit, and the error propagates.
{
  const ee = new EventEmitter();
  ee.on('x', () => { throw new Error('listener threw'); });
  ee.on('x', common.mustNotCall());
  assert.throws(() => ee.emit('x'), { message: 'listener threw' });
}
