'use strict';
// EventTarget argument and receiver checks, with Node's error codes and messages.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const noop = () => {};

for (const args of [[], ['foo']]) {
  assert.throws(() => target.addEventListener(...args), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "type" and "listener" arguments must be specified',
  });
  assert.throws(() => target.removeEventListener(...args), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "type" and "listener" arguments must be specified',
  });
}

for (const listener of [1, 'str', true, 1n, Symbol('s')]) {
  const expected = {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "listener" argument must be an instance of EventListener.' +
             common.invalidArgTypeHelper(listener),
  };
  assert.throws(() => target.addEventListener('foo', listener), expected);
  assert.throws(() => target.removeEventListener('foo', listener), expected);
}

// Options: an object (arrays and functions too), null, or a boolean (capture).
for (const options of [1, 'str', 1n, Symbol('s')]) {
  assert.throws(() => target.addEventListener('foo', noop, options), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options" argument must be of type object.' +
             common.invalidArgTypeHelper(options),
  });
  // removeEventListener only reads options.capture.
  target.removeEventListener('foo', noop, options);
}
target.addEventListener('foo', noop, null);
target.addEventListener('foo', noop, []);
target.addEventListener('foo', noop, function() {});
target.addEventListener('foo', noop, false);
// Options are checked before the listener.
assert.throws(() => target.addEventListener('foo', 1, 1), { code: 'ERR_INVALID_ARG_TYPE',
                                                           message: /"options"/ });

for (const signal of [null, 1, {}, 'signal']) {
  assert.throws(() => target.addEventListener('foo', noop, { signal }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options.signal" property must be an instance of AbortSignal.' +
             common.invalidArgTypeHelper(signal),
  });
}

// A symbol is not a DOMString.
assert.throws(() => target.addEventListener(Symbol('foo'), noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'value' is invalid. Received Symbol(foo)",
});
assert.throws(() => target.removeEventListener(Symbol('foo'), noop), {
  code: 'ERR_INVALID_ARG_VALUE',
});

assert.throws(() => target.dispatchEvent(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "event" argument must be specified',
});
for (const event of [null, undefined, 'foo', {}, { type: 'foo' }]) {
  assert.throws(() => target.dispatchEvent(event), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "event" argument must be an instance of Event.' +
             common.invalidArgTypeHelper(event),
  });
}

// Receivers that are not EventTargets.
for (const receiver of [{}, null, undefined, 1, new Event('foo')]) {
  const expected = {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type EventTarget',
  };
  const proto = EventTarget.prototype;
  assert.throws(() => proto.addEventListener.call(receiver, 'foo', noop), expected);
  assert.throws(() => proto.removeEventListener.call(receiver, 'foo', noop), expected);
  assert.throws(() => proto.dispatchEvent.call(receiver, new Event('foo')), expected);
}

// Classes are not callable.
assert.throws(() => EventTarget(), TypeError);
assert.throws(() => Event('foo'), TypeError);
assert.throws(() => CustomEvent('foo'), TypeError);
