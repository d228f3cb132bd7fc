'use strict';
// The Event class: constructor and options, the state getters, preventDefault/returnValue,
// cancelBubble, initEvent, the phase constants, property attributes and brand checks.
const common = require('../common');
const assert = require('assert');

{
  const event = new Event('foo');
  assert.strictEqual(event.type, 'foo');
  assert.strictEqual(event.bubbles, false);
  assert.strictEqual(event.cancelable, false);
  assert.strictEqual(event.composed, false);
  assert.strictEqual(event.defaultPrevented, false);
  assert.strictEqual(event.returnValue, true);
  assert.strictEqual(event.cancelBubble, false);
  assert.strictEqual(event.isTrusted, false);
  assert.strictEqual(event.target, null);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.srcElement, null);
  assert.strictEqual(event.eventPhase, Event.NONE);
  assert.deepStrictEqual(event.composedPath(), []);
  assert.strictEqual(typeof event.timeStamp, 'number');
  assert.ok(event.timeStamp > 0);
  assert.strictEqual(Object.prototype.toString.call(event), '[object Event]');
  assert.strictEqual(Object.getOwnPropertyNames(event).length, 0);
}

{
  const event = new Event('foo', { bubbles: 1, cancelable: 'yes', composed: {} });
  assert.strictEqual(event.bubbles, true);
  assert.strictEqual(event.cancelable, true);
  assert.strictEqual(event.composed, true);
  // The type is converted with String().
  assert.strictEqual(new Event(1).type, '1');
  assert.strictEqual(new Event({ toString() { return 'bar'; } }).type, 'bar');
  assert.strictEqual(new Event(undefined).type, 'undefined');
  assert.strictEqual(new Event('foo', null).cancelable, false);
  assert.strictEqual(new Event('foo', undefined).cancelable, false);

  // Options are read in order.
  const read = [];
  new Event('foo', new Proxy({}, {
    get(obj, key) {
      if (typeof key === 'string') read.push(key);
      return undefined;
    },
  }));
  assert.deepStrictEqual(read, ['bubbles', 'cancelable', 'composed']);
}

{
  // preventDefault only counts on a cancelable event.
  const plain = new Event('foo');
  plain.preventDefault();
  assert.strictEqual(plain.defaultPrevented, false);
  assert.strictEqual(plain.returnValue, true);
  const cancelable = new Event('foo', { cancelable: true });
  cancelable.preventDefault();
  assert.strictEqual(cancelable.defaultPrevented, true);
  assert.strictEqual(cancelable.returnValue, false);
  // returnValue has no setter.
  const other = new Event('foo', { cancelable: true });
  assert.throws(() => { other.returnValue = false; }, TypeError);
  assert.strictEqual(other.defaultPrevented, false);
}

{
  const event = new Event('foo');
  event.cancelBubble = false;
  assert.strictEqual(event.cancelBubble, false);
  event.cancelBubble = 1;
  assert.strictEqual(event.cancelBubble, true);
  event.cancelBubble = false; // cannot be undone
  assert.strictEqual(event.cancelBubble, true);
  const stopped = new Event('foo');
  stopped.stopPropagation();
  assert.strictEqual(stopped.cancelBubble, true);
  const immediate = new Event('foo');
  immediate.stopImmediatePropagation();
  assert.strictEqual(immediate.cancelBubble, true);
}

{
  const event = new Event('foo', { bubbles: true, cancelable: true });
  event.initEvent('bar');
  assert.strictEqual(event.type, 'bar');
  assert.strictEqual(event.bubbles, false);
  assert.strictEqual(event.cancelable, false);
  event.initEvent('baz', 1, 1);
  assert.strictEqual(event.bubbles, true);
  assert.strictEqual(event.cancelable, true);
  assert.throws(() => event.initEvent(), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "type" argument must be specified',
  });

  // No effect on an event being dispatched (to its first listener).
  const target = new EventTarget();
  target.addEventListener('qux', common.mustCall((e) => {
    e.initEvent('changed', true, true);
    assert.strictEqual(e.type, 'qux');
  }));
  target.dispatchEvent(new Event('qux'));
}

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2],
                             ['BUBBLING_PHASE', 3]]) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, name),
                         { value, writable: false, enumerable: true, configurable: false });
  assert.strictEqual(name in Event.prototype, false);
}

{
  assert.strictEqual(Event.length, 1);
  const proto = Event.prototype;
  for (const name of ['initEvent', 'stopImmediatePropagation', 'preventDefault',
                      'composedPath', 'stopPropagation']) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    assert.strictEqual(typeof desc.value, 'function');
    assert.strictEqual(desc.enumerable, true);
    assert.strictEqual(desc.value.name, name);
  }
  for (const name of ['target', 'currentTarget', 'srcElement', 'type', 'cancelable',
                      'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed',
                      'eventPhase', 'cancelBubble', 'isTrusted']) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    assert.strictEqual(typeof desc.get, 'function', name);
    assert.strictEqual(desc.get.name, `get ${name}`);
    assert.strictEqual(desc.enumerable, true);
    assert.strictEqual(desc.configurable, name !== 'isTrusted');
    assert.strictEqual(typeof desc.set, name === 'cancelBubble' ? 'function' : 'undefined');
  }
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag),
                         { value: 'Event', writable: false, enumerable: false,
                           configurable: true });
}

{
  assert.throws(() => new Event(), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "type" argument must be specified',
  });
  for (const options of [1, 'str', true, [], () => {}]) {
    assert.throws(() => new Event('foo', options), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "options" argument must be of type object.' +
               common.invalidArgTypeHelper(options),
    });
  }
  assert.throws(() => new Event(Symbol('foo')), TypeError);

  const fake = Object.create(Event.prototype);
  const invalidThis = {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type Event',
  };
  for (const name of ['type', 'target', 'cancelable', 'defaultPrevented', 'cancelBubble',
                      'eventPhase', 'timeStamp']) {
    assert.throws(() => fake[name], invalidThis);
  }
  assert.throws(() => { fake.cancelBubble = true; }, invalidThis);
  assert.throws(() => fake.preventDefault(), invalidThis);
  assert.throws(() => fake.composedPath(), invalidThis);
  assert.throws(() => Event.prototype.stopPropagation.call({}), invalidThis);
  // isTrusted does not check its receiver.
  assert.strictEqual(fake.isTrusted, false);
  // An object that only inherits from Event.prototype is no event to dispatch.
  assert.throws(() => new EventTarget().dispatchEvent(fake), invalidThis);
}

{
  // Subclasses work and keep their own name.
  class MyEvent extends Event {}
  const event = new MyEvent('foo', { cancelable: true });
  assert.strictEqual(event.cancelable, true);
  assert.ok(event instanceof Event);
  const target = new EventTarget();
  target.addEventListener('foo', common.mustCall((e) => assert.strictEqual(e, event)));
  target.dispatchEvent(event);
}
