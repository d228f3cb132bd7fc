'use strict';
// events.once(emitter, name, { signal }): resolves with the event's arguments, rejects on
// 'error' or abort, and cleans up its listeners; works with EventTargets too.
const common = require('../common');
const assert = require('assert');
const { EventEmitter, once } = require('events');

async function resolvesWithArgs() {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('myevent', 42, 'b'));
  const values = await once(ee, 'myevent');
  assert.deepStrictEqual(values, [42, 'b']);
  assert.strictEqual(ee.listenerCount('myevent'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function noArgs() {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('myevent'));
  assert.deepStrictEqual(await once(ee, 'myevent'), []);
}

async function rejectsOnError() {
  const ee = new EventEmitter();
  const expected = new Error('kaboom');
  process.nextTick(() => ee.emit('error', expected));
  await assert.rejects(once(ee, 'myevent'), (err) => err === expected);
  assert.strictEqual(ee.listenerCount('myevent'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function waitsForError() {
  const ee = new EventEmitter();
  const expected = new Error('kaboom');
  process.nextTick(() => ee.emit('error', expected));
  const [err] = await once(ee, 'error');
  assert.strictEqual(err, expected);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function alreadyAborted() {
  const ee = new EventEmitter();
  const signal = AbortSignal.abort('why');
  await assert.rejects(once(ee, 'foo', { signal }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
  assert.strictEqual(ee.listenerCount('foo'), 0);
}

async function abortedLater() {
  const ee = new EventEmitter();
  const ac = new AbortController();
  const promise = once(ee, 'foo', { signal: ac.signal });
  assert.strictEqual(ee.listenerCount('foo'), 1);
  assert.strictEqual(ee.listenerCount('error'), 1);
  ac.abort();
  await assert.rejects(promise, { name: 'AbortError', cause: ac.signal.reason });
  assert.strictEqual(ee.listenerCount('foo'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}

async function signalListenerRemoved() {
  const ee = new EventEmitter();
  const ac = new AbortController();
  const promise = once(ee, 'foo', { signal: ac.signal });
  ee.emit('foo', 1);
  assert.deepStrictEqual(await promise, [1]);
  // Aborting afterwards has no effect.
  ac.abort();
}

async function badSignal() {
  const ee = new EventEmitter();
  for (const signal of [1, {}, 'x', null]) {
    await assert.rejects(once(ee, 'foo', { signal }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal.' +
               common.invalidArgTypeHelper(signal),
    });
  }
}

async function badEmitter() {
  await assert.rejects(once({}, 'foo'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. ' +
             'Received an instance of Object',
  });
}

async function eventTarget() {
  const et = new EventTarget();
  const event = new Event('ping');
  process.nextTick(() => et.dispatchEvent(event));
  const [value] = await once(et, 'ping');
  assert.strictEqual(value, event);
}

async function eventTargetAbort() {
  const et = new EventTarget();
  const ac = new AbortController();
  const promise = once(et, 'ping', { signal: ac.signal });
  ac.abort();
  await assert.rejects(promise, { name: 'AbortError' });
  // The listener is gone: dispatching now does nothing observable.
  et.dispatchEvent(new Event('ping'));
}

async function isAsync() {
  // Argument errors reject rather than throw.
  const p = once(new EventEmitter(), 'x', { signal: 1 });
  assert.ok(p instanceof Promise);
  await assert.rejects(p, { code: 'ERR_INVALID_ARG_TYPE' });
}

(async () => {
  for (const t of [resolvesWithArgs, noArgs, rejectsOnError, waitsForError, alreadyAborted,
                   abortedLater, signalListenerRemoved, badSignal, badEmitter, eventTarget,
                   eventTargetAbort, isAsync]) {
    await t();
  }
})().then(common.mustCall());
