'use strict';
// captureRejections: a rejected promise returned by a listener goes to
// [Symbol.for('nodejs.rejection')] if the emitter has one, else to an 'error' event.
const common = require('../common');
const assert = require('assert');
const { EventEmitter, captureRejectionSymbol } = require('events');

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

// Rejection turned into 'error'.
{
  const ee = new EventEmitter({ captureRejections: true });
  const boom = new Error('boom');
  ee.on('something', common.mustCall(async (value) => {
    assert.strictEqual(value, 42);
    throw boom;
  }));
  ee.on('error', common.mustCall((err) => {
    assert.strictEqual(err, boom);
    // Not delivered synchronously: listeners of 'something' return first.
    assert.strictEqual(ee.listenerCount('something'), 1);
  }));
  assert.strictEqual(ee.emit('something', 42), true);
}

// Rejection handed to Symbol.for('nodejs.rejection') with the event name and arguments.
{
  const ee = new EventEmitter({ captureRejections: true });
  const boom = new Error('boom');
  ee[captureRejectionSymbol] = common.mustCall((err, name, ...args) => {
    assert.strictEqual(err, boom);
    assert.strictEqual(name, 'something');
    assert.deepStrictEqual(args, [1, 2]);
  });
  ee.on('something', async () => { throw boom; });
  ee.on('something', () => {}); // several listeners: the array path
  ee.emit('something', 1, 2);
}

// Without captureRejections nothing is attached to the promise.
{
  const ee = new EventEmitter();
  let thenCalled = false;
  ee.on('x', () => ({ then() { thenCalled = true; } }));
  ee.emit('x');
  assert.strictEqual(thenCalled, false);
}

// A thenable whose `then` getter throws: the error is emitted right away.
{
  const ee = new EventEmitter({ captureRejections: true });
  const err = new Error('getter');
  ee.on('x', () => ({ get then() { throw err; } }));
  ee.on('error', common.mustCall((e) => assert.strictEqual(e, err)));
  ee.emit('x');
}

// Resolved promises cause nothing.
{
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('x', async () => 1);
  ee.on('error', common.mustNotCall());
  ee.emit('x');
}

// The captured rejection reaches an async 'error' listener (emitted with capture switched off
// for that one emit, so an 'error' listener cannot loop into itself).
{
  const ee = new EventEmitter({ captureRejections: true });
  const first = new Error('first');
  ee.on('x', async () => { throw first; });
  ee.on('error', common.mustCall(async (err) => {
    assert.strictEqual(err, first);
    assert.strictEqual(ee[Symbol.for('nodejs.rejection')], undefined);
  }));
  ee.emit('x');
}

// The static switch applies to emitters created afterwards (and to the prototype default).
{
  EventEmitter.captureRejections = true;
  const ee = new EventEmitter();
  const boom = new Error('static');
  ee.on('x', async () => { throw boom; });
  ee.on('error', common.mustCall((err) => assert.strictEqual(err, boom)));
  ee.emit('x');
  EventEmitter.captureRejections = false;
  const off = new EventEmitter();
  off.on('x', async () => { throw new Error('uncaptured'); });
  process.once('unhandledRejection', common.mustCall((err) => {
    assert.strictEqual(err.message, 'uncaptured');
  }));
  off.emit('x');
}

// Option validation.
for (const bad of [1, 'yes', {}, null]) {
  if (!bad) continue;
  assert.throws(() => new EventEmitter({ captureRejections: bad }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options.captureRejections" property must be of type boolean.' +
             common.invalidArgTypeHelper(bad),
  });
}
for (const bad of [1, 'yes', {}, null, undefined]) {
  assert.throws(() => { EventEmitter.captureRejections = bad; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.captureRejections" property must be of type boolean.' +
             common.invalidArgTypeHelper(bad),
  });
}
// Falsy options are accepted.
new EventEmitter({ captureRejections: false });
new EventEmitter({ captureRejections: 0 });
new EventEmitter(null);
