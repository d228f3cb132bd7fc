'use strict';
// The shape of require('events'): the constructor is the module, its statics in Node's
// order, the prototype's methods, and the defaults.
require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

assert.strictEqual(events, EventEmitter);
assert.strictEqual(require('node:events'), events);
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(EventEmitter.name, 'EventEmitter');
assert.strictEqual(EventEmitter.length, 1);
assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'EventEmitter',
  'usingDomains', 'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource',
  'errorMonitor', 'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitter.prototype), [
  'constructor', '_events', '_eventsCount', '_maxListeners', 'setMaxListeners',
  'getMaxListeners', 'emit', 'addListener', 'on', 'prependListener', 'once',
  'prependOnceListener', 'removeListener', 'off', 'removeAllListeners', 'listeners',
  'rawListeners', 'listenerCount', 'eventNames',
]);
assert.strictEqual(EventEmitter.prototype._events, undefined);
assert.strictEqual(EventEmitter.prototype._eventsCount, 0);
assert.strictEqual(EventEmitter.prototype._maxListeners, undefined);
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(EventEmitter.captureRejections, false);
assert.strictEqual(EventEmitter.once.length, 2);
assert.strictEqual(EventEmitter.on.length, 2);

for (const name of ['captureRejections', 'defaultMaxListeners']) {
  const desc = Object.getOwnPropertyDescriptor(EventEmitter, name);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(typeof desc.set, 'function');
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, false);
}
for (const name of ['kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned']) {
  const desc = Object.getOwnPropertyDescriptor(EventEmitter, name);
  assert.strictEqual(typeof desc.value, 'symbol');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.writable, false);
}

// The instance layout, including the two symbol-keyed fields.
const ee = new EventEmitter();
const symbols = Object.getOwnPropertySymbols(ee).map((s) => s.toString());
assert.deepStrictEqual(symbols, ['Symbol(shapeMode)', 'Symbol(kCapture)']);
assert.strictEqual(require('util').inspect(ee),
                   'EventEmitter {\n' +
                   '  _events: [Object: null prototype] {},\n' +
                   '  _eventsCount: 0,\n' +
                   '  _maxListeners: undefined,\n' +
                   '  [Symbol(shapeMode)]: false,\n' +
                   '  [Symbol(kCapture)]: false\n' +
                   '}');

// The static listenerCount (deprecated) works on emitters and on look-alikes.
ee.on('x', () => {});
assert.strictEqual(EventEmitter.listenerCount(ee, 'x'), 1);
assert.strictEqual(EventEmitter.listenerCount({ listenerCount: () => 7 }, 'x'), 7);
assert.strictEqual(EventEmitter.listenerCount({ _events: { x: [1, 2] } }, 'x'), 2);
