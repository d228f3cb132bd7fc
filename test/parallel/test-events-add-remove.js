'use strict';
// Adding and removing listeners: on/addListener/prependListener/off/removeListener,
// removeAllListeners, the 'newListener'/'removeListener' events and the `_events` layout.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  assert.deepStrictEqual(Object.keys(ee), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(Object.getPrototypeOf(ee._events), null);
  assert.strictEqual(ee._eventsCount, 0);
  assert.strictEqual(ee._maxListeners, undefined);
  assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
  assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);

  function a() {}
  function b() {}
  function c() {}
  assert.strictEqual(ee.on('x', a), ee);
  // One listener is stored as the function itself.
  assert.strictEqual(ee._events.x, a);
  assert.strictEqual(ee._eventsCount, 1);
  assert.strictEqual(ee.addListener('x', b), ee);
  assert.deepStrictEqual(ee._events.x, [a, b]);
  assert.strictEqual(ee.prependListener('x', c), ee);
  assert.deepStrictEqual(ee.listeners('x'), [c, a, b]);
  assert.strictEqual(ee._eventsCount, 1);
  assert.strictEqual(ee.listenerCount('x'), 3);
  assert.strictEqual(ee.listenerCount('x', a), 1);
  assert.strictEqual(ee.listenerCount('nope'), 0);

  // The same function can be added twice; removal takes the last one added.
  ee.on('x', a);
  assert.deepStrictEqual(ee.listeners('x'), [c, a, b, a]);
  assert.strictEqual(ee.listenerCount('x', a), 2);
  assert.strictEqual(ee.removeListener('x', a), ee);
  assert.deepStrictEqual(ee.listeners('x'), [c, a, b]);
  ee.off('x', c);
  ee.off('x', b);
  // Down to one: back to the bare function.
  assert.strictEqual(ee._events.x, a);
  ee.off('x', a);
  assert.strictEqual(ee._events.x, undefined);
  assert.strictEqual(ee._eventsCount, 0);
  assert.deepStrictEqual(ee.eventNames(), []);
  // Removing something that is not there is fine.
  ee.off('x', a);
  ee.off('other', a);
}

// listeners() returns a copy.
{
  const ee = new EventEmitter();
  const fn = () => {};
  ee.on('x', fn);
  ee.on('x', fn);
  const copy = ee.listeners('x');
  copy.pop();
  assert.strictEqual(ee.listenerCount('x'), 2);
  assert.notStrictEqual(ee.rawListeners('x'), ee._events.x);
}

// Symbols and other names.
{
  const ee = new EventEmitter();
  const sym = Symbol('s');
  ee.on(sym, common.mustCall((v) => assert.strictEqual(v, 1)));
  ee.on('a', () => {});
  ee.on('__proto__', common.mustCall());
  // Strings in insertion order, then symbols.
  assert.deepStrictEqual(ee.eventNames(), ['a', '__proto__', sym]);
  assert.strictEqual(ee.emit(sym, 1), true);
  assert.strictEqual(ee.emit('__proto__'), true);
  assert.strictEqual(ee.emit('nobody'), false);
}

// 'newListener' fires before the listener is added; 'removeListener' after removal.
{
  const ee = new EventEmitter();
  const order = [];
  function hello() {}
  ee.on('newListener', common.mustCall(function(name, listener) {
    assert.strictEqual(this, ee);
    if (name !== 'hello') return;
    order.push(`new ${String(name)}`);
    assert.strictEqual(listener, hello);
    assert.strictEqual(ee.listenerCount('hello'), 0);
  }, 2)); // 'hello' and 'removeListener'; a 'newListener' listener does not see itself
  ee.on('hello', hello);
  ee.on('removeListener', common.mustCall((name, listener) => {
    order.push(`removed ${name}`);
    assert.strictEqual(listener, hello);
    assert.strictEqual(ee.listenerCount('hello'), 0);
  }));
  ee.removeListener('hello', hello);
  assert.deepStrictEqual(order, ['new hello', 'removed hello']);
}

// A 'newListener' listener may add listeners itself.
{
  const ee = new EventEmitter();
  ee.once('newListener', (name) => {
    if (name === 'foo') ee.on('foo', common.mustCall(() => {}));
  });
  ee.on('foo', common.mustCall());
  assert.strictEqual(ee.listenerCount('foo'), 2);
  ee.emit('foo');
}

// removeAllListeners with and without a name, with 'removeListener' listeners.
{
  const ee = new EventEmitter();
  const removed = [];
  ee.on('foo', () => {});
  ee.on('foo', () => {});
  ee.on('bar', () => {});
  ee.on('baz', () => {});
  ee.on('removeListener', (name) => removed.push(name));
  assert.strictEqual(ee.removeAllListeners('foo'), ee);
  assert.deepStrictEqual(removed, ['foo', 'foo']);
  assert.deepStrictEqual(ee.eventNames(), ['bar', 'baz', 'removeListener']);
  ee.removeAllListeners();
  // The 'removeListener' listener goes last, and its own removal is not reported.
  assert.deepStrictEqual(removed, ['foo', 'foo', 'bar', 'baz']);
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee._eventsCount, 0);
}

{
  const ee = new EventEmitter();
  ee.on('a', () => {});
  ee.on('b', () => {});
  ee.removeAllListeners('a');
  assert.deepStrictEqual(ee.eventNames(), ['b']);
  ee.removeAllListeners('nothing');
  assert.deepStrictEqual(ee.eventNames(), ['b']);
  ee.removeAllListeners();
  assert.deepStrictEqual(ee.eventNames(), []);
  // An emitter without _events (e.g. from Object.create) is fine.
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare.removeAllListeners(), bare);
  assert.strictEqual(bare.removeListener('x', () => {}), bare);
  assert.strictEqual(bare.emit('x'), false);
  assert.deepStrictEqual(bare.listeners('x'), []);
  bare.on('x', common.mustCall());
  assert.strictEqual(bare.emit('x'), true);
}

// Listeners must be functions.
for (const bad of [null, undefined, 1, 'str', {}, []]) {
  for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener',
                        'removeListener', 'off']) {
    assert.throws(() => new EventEmitter()[method]('x', bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "listener" argument must be of type function.' +
               common.invalidArgTypeHelper(bad),
    });
  }
}
