'use strict';
// emit(): arguments and `this`, return value, and what happens when listeners are added or
// removed while an event is being emitted (the set is fixed when emit starts).
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  for (let n = 0; n <= 6; n++) {
    const args = Array.from({ length: n }, (_, i) => ({ i }));
    ee.once('x', common.mustCall(function(...got) {
      assert.strictEqual(this, ee);
      assert.strictEqual(got.length, n);
      for (let i = 0; i < n; i++) assert.strictEqual(got[i], args[i]);
    }));
    assert.strictEqual(ee.emit('x', ...args), true);
  }
  assert.strictEqual(ee.emit('x'), false);
}

// Removing a later listener during emit: it still runs this time.
{
  const ee = new EventEmitter();
  const calls = [];
  const b = () => calls.push('b');
  ee.on('x', () => {
    calls.push('a');
    ee.removeListener('x', b);
  });
  ee.on('x', b);
  ee.emit('x');
  ee.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b', 'a']);
}

// Adding during emit: runs from the next emit on.
{
  const ee = new EventEmitter();
  const calls = [];
  ee.on('x', () => {
    calls.push('a');
    if (calls.length === 1) ee.on('x', () => calls.push('added'));
  });
  ee.emit('x');
  ee.emit('x');
  assert.deepStrictEqual(calls, ['a', 'a', 'added']);
}

// removeAllListeners during emit: the rest of this emit still runs.
{
  const ee = new EventEmitter();
  const calls = [];
  ee.on('x', () => {
    calls.push(1);
    ee.removeAllListeners('x');
  });
  ee.on('x', () => calls.push(2));
  ee.on('x', () => calls.push(3));
  ee.emit('x');
  ee.emit('x');
  assert.deepStrictEqual(calls, [1, 2, 3]);
}

// Many listeners in order, with prepends.
{
  const ee = new EventEmitter();
  const calls = [];
  for (let i = 0; i < 5; i++) ee.on('x', () => calls.push(i));
  ee.prependListener('x', () => calls.push('first'));
  ee.emit('x');
  assert.deepStrictEqual(calls, ['first', 0, 1, 2, 3, 4]);
}

// The listener's return value is ignored (and non-promises are never inspected).
{
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('x', () => 42);
  ee.on('x', () => ({ then: 1 }));
  assert.strictEqual(ee.emit('x'), true);
}
