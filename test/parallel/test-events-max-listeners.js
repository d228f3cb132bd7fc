'use strict';
// setMaxListeners/getMaxListeners, EventEmitter.defaultMaxListeners and the
// MaxListenersExceededWarning (text, properties, once per event name).
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'MaxListenersExceededWarning') warnings.push(w);
});

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
const ee = new EventEmitter();
assert.strictEqual(ee.getMaxListeners(), 10);
assert.strictEqual(events.getMaxListeners(ee), 10);
assert.strictEqual(ee.setMaxListeners(3), ee);
assert.strictEqual(ee._maxListeners, 3);
assert.strictEqual(ee.getMaxListeners(), 3);

for (let i = 0; i < 3; i++) ee.on('foo', () => {});
for (let i = 0; i < 3; i++) ee.on('bar', () => {});
ee.on('foo', () => {});
ee.on('foo', () => {}); // Only one warning per event name.
const sym = Symbol('sym');
for (let i = 0; i < 4; i++) ee.on(sym, () => {});

class Custom extends EventEmitter {}
const custom = new Custom();
custom.setMaxListeners(1);
custom.on('a', () => {});
custom.prependListener('a', () => {});

// 0 (and Infinity) means unlimited.
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 50; i++) unlimited.on('x', () => {});
const infinite = new EventEmitter();
infinite.setMaxListeners(Infinity);
for (let i = 0; i < 50; i++) infinite.on('x', () => {});

// Back to one listener and up again: the array is new, so it warns again.
const again = new EventEmitter();
again.setMaxListeners(1);
const f = () => {};
again.on('r', f);
again.on('r', () => {});
again.off('r', f);
again.off('r', again.listeners('r')[0]);
again.on('r', () => {});
again.on('r', () => {});

process.on('exit', () => {
  assert.strictEqual(warnings.length, 5);
  const [w1, w2, w3, w4, w5] = warnings;
  assert.strictEqual(w1.name, 'MaxListenersExceededWarning');
  assert.ok(w1 instanceof Error);
  assert.strictEqual(w1.message,
                     'Possible EventEmitter memory leak detected. 4 foo listeners added to ' +
                     '[EventEmitter]. MaxListeners is 3. Use emitter.setMaxListeners() to ' +
                     'increase limit');
  assert.deepStrictEqual(Object.keys(w1), ['name', 'emitter', 'type', 'count']);
  assert.strictEqual(w1.emitter, ee);
  assert.strictEqual(w1.type, 'foo');
  assert.strictEqual(w1.count, 4);
  assert.strictEqual(w2.type, sym);
  assert.match(w2.message,
               /^Possible EventEmitter memory leak detected\. 4 Symbol\(sym\) listeners/);
  assert.strictEqual(w3.message,
                     'Possible EventEmitter memory leak detected. 2 a listeners added to ' +
                     '[Custom]. MaxListeners is 1. Use emitter.setMaxListeners() to ' +
                     'increase limit');
  assert.strictEqual(w4.emitter, again);
  assert.strictEqual(w4.count, 2);
  assert.strictEqual(w5.emitter, again);
  assert.strictEqual(w5.type, 'r');
});

// Validation.
for (const bad of ['1', null, {}, true]) {
  assert.throws(() => ee.setMaxListeners(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "setMaxListeners" argument must be of type number.' +
             common.invalidArgTypeHelper(bad),
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = bad; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "defaultMaxListeners" argument must be of type number.' +
             common.invalidArgTypeHelper(bad),
  });
}
for (const bad of [-1, NaN, -Infinity]) {
  assert.throws(() => ee.setMaxListeners(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "setMaxListeners" is out of range. It must be >= 0. Received ${bad}`,
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = bad; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. ' +
             `Received ${bad}`,
  });
  assert.throws(() => events.setMaxListeners(bad), { code: 'ERR_OUT_OF_RANGE' });
}
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

// defaultMaxListeners applies to emitters without their own limit, now and later.
{
  const a = new EventEmitter();
  EventEmitter.defaultMaxListeners = 42;
  assert.strictEqual(a.getMaxListeners(), 42);
  events.setMaxListeners(7);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  assert.strictEqual(a.getMaxListeners(), 7);
  EventEmitter.defaultMaxListeners = 10;
}

// The static setMaxListeners on emitters and EventTargets.
{
  const a = new EventEmitter();
  const b = new EventEmitter();
  events.setMaxListeners(5, a, b);
  assert.strictEqual(a.getMaxListeners(), 5);
  assert.strictEqual(events.getMaxListeners(b), 5);
  const et = new EventTarget();
  assert.strictEqual(events.getMaxListeners(et), 10);
  events.setMaxListeners(3, et);
  assert.strictEqual(events.getMaxListeners(et), 3);
  for (const bad of [{}, 1]) {
    assert.throws(() => events.setMaxListeners(1, bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "eventTargets" argument must be an instance of EventEmitter or ' +
               `EventTarget.${common.invalidArgTypeHelper(bad)}`,
    });
    assert.throws(() => events.getMaxListeners(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter or ' +
               `EventTarget.${common.invalidArgTypeHelper(bad)}`,
    });
  }
  assert.throws(() => events.getMaxListeners(null), { code: 'ERR_INVALID_ARG_TYPE' });
  // null is not checked for before use.
  assert.throws(() => events.setMaxListeners(1, null), TypeError);
}

// The limit symbols of EventTargets are exposed, not enumerable.
assert.strictEqual(typeof EventEmitter.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(typeof EventEmitter.kMaxEventTargetListenersWarned, 'symbol');
assert.ok(!Object.keys(EventEmitter).includes('kMaxEventTargetListeners'));
