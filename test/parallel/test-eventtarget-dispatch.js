'use strict';
// EventTarget#dispatchEvent: listener order and `this`, duplicates, the event's state during
// and after dispatch (Node clears the "being dispatched" flag after the first listener), the
// return value, listeners added or removed during a dispatch, and ERR_EVENT_RECURSION.
const common = require('../common');
const assert = require('assert');

{
  const target = new EventTarget();
  const order = [];
  const event = new Event('foo');
  target.addEventListener('foo', common.mustCall(function(e) {
    order.push(1);
    assert.strictEqual(this, target);
    assert.strictEqual(e, event);
    assert.strictEqual(e.target, target);
    assert.strictEqual(e.srcElement, target);
    assert.strictEqual(e.currentTarget, target);
    assert.strictEqual(e.eventPhase, Event.AT_TARGET);
    assert.deepStrictEqual(e.composedPath(), [target]);
  }));
  target.addEventListener('foo', common.mustCall((e) => {
    order.push(2);
    // Node 20 marks the event as no longer being dispatched once a listener has run.
    assert.strictEqual(e.currentTarget, null);
    assert.strictEqual(e.eventPhase, Event.NONE);
    assert.deepStrictEqual(e.composedPath(), []);
    assert.strictEqual(e.target, target);
  }));
  target.addEventListener('bar', common.mustNotCall());
  assert.strictEqual(target.dispatchEvent(event), true);
  assert.deepStrictEqual(order, [1, 2]);
  assert.strictEqual(event.target, target);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.eventPhase, Event.NONE);

  // The same event may be dispatched again, to another target too.
  const other = new EventTarget();
  assert.strictEqual(other.dispatchEvent(event), true);
  assert.strictEqual(event.target, other);
}

{
  // A listener is registered once per (type, listener, capture).
  const target = new EventTarget();
  const listener = common.mustCall(2);
  target.addEventListener('foo', listener);
  target.addEventListener('foo', listener);
  target.addEventListener('foo', listener, { capture: true });
  target.dispatchEvent(new Event('foo'));
}

{
  // Types are strings: 1 and '1' are the same type.
  const target = new EventTarget();
  target.addEventListener(1, common.mustCall());
  target.dispatchEvent(new Event('1'));
}

{
  // The result is false only for a cancelable event whose default was prevented.
  const target = new EventTarget();
  target.addEventListener('foo', (e) => e.preventDefault());
  assert.strictEqual(target.dispatchEvent(new Event('foo')), true);
  assert.strictEqual(target.dispatchEvent(new Event('foo', { cancelable: true })), false);
  const prevented = new Event('bar', { cancelable: true });
  prevented.preventDefault();
  assert.strictEqual(new EventTarget().dispatchEvent(prevented), false);
}

{
  // stopImmediatePropagation() skips the remaining listeners; stopPropagation() does not.
  const target = new EventTarget();
  target.addEventListener('foo', (e) => e.stopPropagation());
  target.addEventListener('foo', common.mustCall((e) => e.stopImmediatePropagation()));
  target.addEventListener('foo', common.mustNotCall());
  const event = new Event('foo');
  target.dispatchEvent(event);
  assert.strictEqual(event.cancelBubble, true);

  const stoppedBefore = new Event('bar');
  stoppedBefore.stopImmediatePropagation();
  target.addEventListener('bar', common.mustNotCall());
  assert.strictEqual(target.dispatchEvent(stoppedBefore), true);
}

{
  // A listener removed during the dispatch is not called; one added during the dispatch after
  // the last listener is not called either (the next listener was looked up before the call).
  const target = new EventTarget();
  const removed = common.mustNotCall();
  target.addEventListener('foo', common.mustCall(() => {
    target.removeEventListener('foo', removed);
  }));
  target.addEventListener('foo', removed);
  target.dispatchEvent(new Event('foo'));

  const added = common.mustCall();
  const adder = common.mustCall(() => target.addEventListener('bar', added), 2);
  target.addEventListener('bar', adder);
  target.dispatchEvent(new Event('bar'));
  target.dispatchEvent(new Event('bar'));
}

{
  // Dispatching an event from its own first listener is recursion; another event is fine.
  const target = new EventTarget();
  const event = new Event('foo');
  target.addEventListener('foo', common.mustCall(() => {
    assert.throws(() => target.dispatchEvent(event), {
      code: 'ERR_EVENT_RECURSION',
      name: 'Error',
      message: 'The event "foo" is already being dispatched',
    });
    target.dispatchEvent(new Event('inner'));
  }));
  target.addEventListener('inner', common.mustCall());
  target.dispatchEvent(event);
}
