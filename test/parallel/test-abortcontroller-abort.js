'use strict';
// AbortController#abort(): the signal's aborted/reason, the default AbortError reason, one
// trusted 'abort' event however often abort() is called, throwIfAborted().
const common = require('../common');
const assert = require('assert');

{
  const controller = new AbortController();
  const { signal } = controller;
  assert.strictEqual(controller.signal, signal);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  signal.throwIfAborted();

  signal.addEventListener('abort', common.mustCall(function(event) {
    assert.strictEqual(this, signal);
    assert.ok(event instanceof Event);
    assert.strictEqual(event.constructor, Event);
    assert.strictEqual(event.type, 'abort');
    assert.strictEqual(event.isTrusted, true);
    assert.strictEqual(event.cancelable, false);
    assert.strictEqual(event.bubbles, false);
    assert.strictEqual(event.target, signal);
    // Already aborted when the listeners run.
    assert.strictEqual(signal.aborted, true);
  }));
  controller.abort();
  controller.abort('ignored');
  assert.strictEqual(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'AbortError');
  assert.strictEqual(signal.reason.message, 'This operation was aborted');
  assert.strictEqual(signal.reason.code, 20);
  assert.throws(() => signal.throwIfAborted(), (err) => err === signal.reason);
}

for (const reason of ['why', null, 0, false, { a: 1 }, new Error('e')]) {
  const controller = new AbortController();
  controller.abort(reason);
  assert.strictEqual(controller.signal.reason, reason);
  assert.throws(() => controller.signal.throwIfAborted(), (err) => err === reason);
}

{
  // undefined takes the default.
  const controller = new AbortController();
  controller.abort(undefined);
  assert.strictEqual(controller.signal.reason.name, 'AbortError');
}

{
  // Every abort creates a new default reason.
  const a = new AbortController();
  const b = new AbortController();
  a.abort();
  b.abort();
  assert.notStrictEqual(a.signal.reason, b.signal.reason);
}

{
  // A listener that aborts again does not recurse.
  const controller = new AbortController();
  controller.signal.addEventListener('abort', common.mustCall(() => controller.abort()));
  controller.abort();
}

{
  // Trusted events are only those the signal dispatches itself.
  const { signal } = new AbortController();
  signal.addEventListener('abort', common.mustCall((e) => {
    assert.strictEqual(e.isTrusted, false);
  }));
  signal.dispatchEvent(new Event('abort'));
  assert.strictEqual(signal.aborted, false);
}
