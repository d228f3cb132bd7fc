'use strict';
// emitter.once() and prependOnceListener(): wrappers that remove themselves, expose the
// original as `listener`, and can be removed through the original function.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  ee.once('x', common.mustCall(function(a, b) {
    assert.strictEqual(this, ee);
    assert.deepStrictEqual([a, b], [1, 2]);
  }));
  assert.strictEqual(ee.emit('x', 1, 2), true);
  assert.strictEqual(ee.emit('x', 1, 2), false);
  assert.strictEqual(ee.listenerCount('x'), 0);
}

{
  const ee = new EventEmitter();
  function original() {}
  ee.once('x', original);
  const [wrapper] = ee.rawListeners('x');
  assert.notStrictEqual(wrapper, original);
  assert.strictEqual(wrapper.listener, original);
  assert.strictEqual(wrapper.name, 'bound onceWrapper');
  assert.deepStrictEqual(ee.listeners('x'), [original]);
  assert.strictEqual(ee.listenerCount('x', original), 1);
  // Calling the raw wrapper runs and removes it.
  wrapper();
  assert.strictEqual(ee.listenerCount('x'), 0);
}

// Removing a once listener by the original function, with 'removeListener' reporting it.
{
  const ee = new EventEmitter();
  function original() {}
  ee.once('x', original);
  ee.on('removeListener', common.mustCall((name, fn) => {
    assert.strictEqual(name, 'x');
    assert.strictEqual(fn, original);
  }));
  ee.removeListener('x', original);
  assert.strictEqual(ee.listenerCount('x'), 0);
}

// Removed while emitting: a once listener that removes another once listener.
{
  const ee = new EventEmitter();
  const second = common.mustCall();
  ee.once('x', common.mustCall(() => ee.removeListener('x', second)));
  ee.once('x', second);
  ee.emit('x');
  assert.strictEqual(ee.listenerCount('x'), 0);
}

// prependOnceListener goes first.
{
  const ee = new EventEmitter();
  const order = [];
  ee.on('x', () => order.push('on'));
  ee.prependOnceListener('x', () => order.push('once'));
  ee.emit('x');
  ee.emit('x');
  assert.deepStrictEqual(order, ['once', 'on', 'on']);
}

// Re-entrant emit from within a once listener does not call it twice.
{
  const ee = new EventEmitter();
  ee.once('x', common.mustCall(() => ee.emit('x')));
  ee.emit('x');
}

// The 'newListener' event reports the original function.
{
  const ee = new EventEmitter();
  function original() {}
  ee.on('newListener', common.mustCall((name, fn) => {
    assert.strictEqual(fn, original);
  }));
  ee.once('x', original);
}

// Many arguments reach the listener unchanged.
{
  const ee = new EventEmitter();
  const args = Array.from({ length: 12 }, (_, i) => i);
  ee.once('x', common.mustCall((...got) => assert.deepStrictEqual(got, args)));
  ee.emit('x', ...args);
  ee.once('y', common.mustCall(function(...got) {
    assert.strictEqual(got.length, 0);
    assert.strictEqual(this, ee);
  }));
  ee.emit('y');
}
