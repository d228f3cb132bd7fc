'use strict';
// addEventListener options: once, capture (also as a boolean), passive, signal; and how
// removeEventListener matches capture (only `options.capture === true` does).
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

{
  // once: removed before it is called.
  const target = new EventTarget();
  const listener = common.mustCall(() => {
    assert.deepStrictEqual(getEventListeners(target, 'foo'), []);
  });
  target.addEventListener('foo', listener, { once: true });
  target.dispatchEvent(new Event('foo'));
  target.dispatchEvent(new Event('foo'));
}

{
  // capture makes a separate registration; `true` as options means capture.
  const target = new EventTarget();
  const listener = common.mustCall(3);
  target.addEventListener('foo', listener);
  target.addEventListener('foo', listener, true);
  target.addEventListener('foo', listener, { capture: true });
  assert.strictEqual(getEventListeners(target, 'foo').length, 2);
  target.dispatchEvent(new Event('foo'));

  // A boolean third argument does not select the capture registration on removal.
  target.removeEventListener('foo', listener, true);
  assert.strictEqual(getEventListeners(target, 'foo').length, 1);
  target.removeEventListener('foo', listener, { capture: true });
  assert.strictEqual(getEventListeners(target, 'foo').length, 0);
  target.addEventListener('foo', listener, { capture: 1 });
  target.removeEventListener('foo', listener, { capture: 1 });
  assert.strictEqual(getEventListeners(target, 'foo').length, 1);
  target.dispatchEvent(new Event('foo'));
  target.removeEventListener('foo', listener, { capture: true });
  target.dispatchEvent(new Event('foo'));
}

{
  // passive is accepted; Node 20 does not stop preventDefault() in a passive listener.
  const target = new EventTarget();
  target.addEventListener('foo', common.mustCall((e) => {
    e.preventDefault();
    assert.strictEqual(e.defaultPrevented, true);
  }), { passive: true });
  assert.strictEqual(target.dispatchEvent(new Event('foo', { cancelable: true })), false);
}

{
  // signal: aborting removes the listener; an aborted signal adds nothing.
  const target = new EventTarget();
  const controller = new AbortController();
  target.addEventListener('foo', common.mustCall(), { signal: controller.signal });
  target.addEventListener('foo', common.mustNotCall(), { signal: AbortSignal.abort() });
  assert.strictEqual(getEventListeners(target, 'foo').length, 1);
  target.dispatchEvent(new Event('foo'));
  controller.abort();
  assert.strictEqual(getEventListeners(target, 'foo').length, 0);
  assert.strictEqual(getEventListeners(controller.signal, 'abort').length, 0);
  target.dispatchEvent(new Event('foo'));

  // The removal uses the same capture as the registration.
  const other = new AbortController();
  const listener = common.mustNotCall();
  target.addEventListener('bar', listener, { signal: other.signal, capture: true });
  target.addEventListener('bar', listener, { signal: other.signal });
  other.abort();
  assert.strictEqual(getEventListeners(target, 'bar').length, 0);
  target.dispatchEvent(new Event('bar'));
}

{
  // Options are read in this order, once each.
  const read = [];
  const options = new Proxy({}, {
    get(obj, key) {
      read.push(typeof key === 'symbol' ? 'symbol' : key);
      return undefined;
    },
  });
  new EventTarget().addEventListener('foo', () => {}, options);
  assert.deepStrictEqual(read.slice(0, 4), ['once', 'capture', 'passive', 'signal']);
  assert.ok(read.slice(4).every((key) => key === 'symbol'));
}
