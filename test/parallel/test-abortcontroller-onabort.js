'use strict';
// AbortSignal#onabort: an event handler attribute. The first assignment registers one
// listener that calls whatever function the attribute holds, so re-assigning keeps its place
// among the listeners; a non-function is stored and returned but never called.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

{
  const controller = new AbortController();
  const { signal } = controller;
  assert.strictEqual(signal.onabort, null);
  const order = [];
  signal.addEventListener('abort', () => order.push('first'));
  signal.onabort = common.mustNotCall();
  signal.addEventListener('abort', () => order.push('third'));
  const handler = common.mustCall(function(event) {
    assert.strictEqual(this, signal);
    assert.strictEqual(event.type, 'abort');
    order.push('handler');
  });
  signal.onabort = handler;
  assert.strictEqual(signal.onabort, handler);
  assert.strictEqual(getEventListeners(signal, 'abort').length, 3);
  controller.abort();
  assert.deepStrictEqual(order, ['first', 'handler', 'third']);
}

{
  const { signal } = new AbortController();
  for (const value of [5, 'str', {}]) {
    signal.onabort = value;
    assert.strictEqual(signal.onabort, value);
  }
  const object = { handleEvent: common.mustNotCall() };
  signal.onabort = object;
  assert.strictEqual(signal.onabort, object);
  signal.onabort = null;
  assert.strictEqual(signal.onabort, null);
  signal.onabort = undefined;
  assert.strictEqual(signal.onabort, null);
}

{
  // Setting null keeps the registered listener, which then does nothing.
  const controller = new AbortController();
  controller.signal.onabort = common.mustNotCall();
  controller.signal.onabort = null;
  const [listener] = getEventListeners(controller.signal, 'abort');
  assert.strictEqual(typeof listener, 'function');
  controller.abort();
}

{
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  assert.strictEqual(desc.get.name, 'get onabort');
  assert.strictEqual(desc.set.name, 'set onabort');
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
  // Any EventTarget may be the receiver; other objects may not.
  assert.strictEqual(desc.get.call(new EventTarget()), null);
  for (const receiver of [{}, new Event('abort')]) {
    assert.throws(() => desc.get.call(receiver), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "this" argument must be an instance of EventTarget.' +
               common.invalidArgTypeHelper(receiver),
    });
    assert.throws(() => desc.set.call(receiver, null), { code: 'ERR_INVALID_ARG_TYPE' });
  }
}
