// Flags: --expose-internals --expose-gc
'use strict';
// The internals of lib/internal/event_target.js that other built-ins use: NodeEventTarget,
// kWeakHandler, kResistStopPropagation, defineEventHandler, kCreateEvent, EventEmitterMixin,
// initEventTarget and isEventTarget. Each check runs against Node's own internal/event_target
// first (so the expectations are Node's) and then against ours, loaded under Node.
const common = require('../common');
const assert = require('assert');
const { loadOurs } = require('./event-target-loader');

const ours = loadOurs();
const implementations = [
  ['node', require('internal/event_target'), require('events'), globalThis.AbortController],
  ['ours', ours.eventTarget, ours.events, ours.abortController.AbortController],
];

const tick = () => new Promise((resolve) => setImmediate(resolve));
async function collect() {
  for (let i = 0; i < 10; i++) {
    globalThis.gc();
    await tick();
  }
}

function checkNodeEventTarget({ NodeEventTarget, Event }) {
  const target = new NodeEventTarget();
  assert.strictEqual(NodeEventTarget.defaultMaxListeners, 10);
  assert.strictEqual(target.getMaxListeners(), 10);
  assert.strictEqual(target.setMaxListeners(3), undefined);
  assert.strictEqual(target.getMaxListeners(), 3);
  assert.throws(() => target.setMaxListeners(-1), { code: 'ERR_OUT_OF_RANGE' });

  const seen = [];
  const onFoo = function(value) {
    assert.strictEqual(this, target);
    seen.push(['on', value]);
  };
  assert.strictEqual(target.on('foo', onFoo), target);
  assert.strictEqual(target.once('foo', (value) => seen.push(['once', value])), target);
  target.addEventListener('foo', (event) => {
    // Listeners added with addEventListener get a CustomEvent carrying the value.
    assert.ok(event instanceof Event);
    assert.strictEqual(event.constructor.name, 'CustomEvent');
    seen.push(['event', event.detail, event.type]);
  });
  assert.strictEqual(target.listenerCount('foo'), 3);
  assert.deepStrictEqual(target.eventNames(), ['foo']);
  assert.strictEqual(target.emit('foo', 1), true);
  assert.strictEqual(target.emit('foo', 2), true);
  assert.strictEqual(target.emit('bar', 3), false);
  assert.deepStrictEqual(seen, [
    ['on', 1], ['once', 1], ['event', 1, 'foo'], ['on', 2], ['event', 2, 'foo'],
  ]);
  // once leaves the type listed even when nothing is left; off/removeListener do not.
  assert.strictEqual(target.off('foo', onFoo), target);
  assert.strictEqual(target.listenerCount('foo'), 1);
  target.addListener('baz', onFoo);
  assert.strictEqual(target.removeListener('baz', onFoo), target);
  assert.deepStrictEqual(target.eventNames(), ['foo']);
  target.once('qux', onFoo);
  target.emit('qux');
  assert.deepStrictEqual(target.eventNames(), ['foo', 'qux']);
  assert.strictEqual(target.removeAllListeners('foo'), target);
  assert.deepStrictEqual(target.eventNames(), ['qux']);
  target.removeAllListeners();
  assert.deepStrictEqual(target.eventNames(), []);

  assert.throws(() => target.emit(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "type" argument must be of type string. Received undefined',
  });
  for (const method of ['on', 'once', 'emit', 'eventNames', 'listenerCount', 'off',
                        'removeAllListeners', 'setMaxListeners', 'getMaxListeners']) {
    assert.throws(() => NodeEventTarget.prototype[method].call({}, 'foo', () => {}), {
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type NodeEventTarget',
    });
  }
}

function checkResistStopPropagation({ EventTarget, Event, kResistStopPropagation }, events) {
  const target = new EventTarget();
  const order = [];
  target.addEventListener('foo', (e) => {
    order.push(1);
    e.stopImmediatePropagation();
  });
  target.addEventListener('foo', () => order.push(2));
  target.addEventListener('foo', () => order.push(3), { [kResistStopPropagation]: true });
  target.dispatchEvent(new Event('foo'));
  assert.deepStrictEqual(order, [1, 3]);
}

function checkAddAbortListener(AbortController, events) {
  // events.addAbortListener() is not stopped by an earlier listener.
  const controller = new AbortController();
  controller.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  controller.signal.addEventListener('abort', common.mustNotCall());
  events.addAbortListener(controller.signal, common.mustCall());
  controller.abort();
}

function checkEventHandler({ EventTarget, Event, defineEventHandler }, events) {
  class Target extends EventTarget {}
  defineEventHandler(Target.prototype, 'foo');
  defineEventHandler(Target.prototype, 'alias', 'bar');
  const target = new Target();
  assert.strictEqual(target.onfoo, null);
  const calls = [];
  target.onfoo = (e) => calls.push(e.type);
  target.onalias = (e) => calls.push(`alias:${e.type}`);
  target.dispatchEvent(new Event('foo'));
  target.dispatchEvent(new Event('bar'));
  target.dispatchEvent(new Event('alias'));
  assert.deepStrictEqual(calls, ['foo', 'alias:bar']);
  assert.strictEqual(events.getEventListeners(target, 'foo').length, 1);
  assert.strictEqual(events.getEventListeners(target, 'foo')[0].name, 'eventHandler');
}

function checkMixin({ EventEmitterMixin }, events) {
  class Base {
    constructor(x) {
      this.x = x;
    }
  }
  const Mixed = EventEmitterMixin(Base);
  const object = new Mixed(1);
  assert.strictEqual(object.x, 1);
  assert.ok(object instanceof Base);
  object.on('foo', common.mustCall((value) => assert.strictEqual(value, 2)));
  assert.strictEqual(object.emit('foo', 2), true);
  assert.strictEqual(object.listenerCount('foo'), 1);
  assert.strictEqual(Mixed.prototype.emit, events.EventEmitter.prototype.emit);
}

function checkIsEventTarget({ EventTarget, Event, NodeEventTarget, isEventTarget,
                              initEventTarget, kEvents }) {
  assert.strictEqual(isEventTarget(new EventTarget()), true);
  assert.strictEqual(isEventTarget(new NodeEventTarget()), true);
  assert.ok(!isEventTarget({}));
  assert.ok(!isEventTarget(null));
  assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);

  // initEventTarget gives an object that inherits EventTarget's methods (without running its
  // constructor) the state they need.
  class Port {
    static [Symbol.for('nodejs.event_target')] = true;
    constructor() {
      initEventTarget(this);
    }
  }
  Object.setPrototypeOf(Port.prototype, EventTarget.prototype);
  const port = new Port();
  assert.strictEqual(port[kEvents].size, 0);
  port.addEventListener('foo', common.mustCall());
  assert.strictEqual(port[kEvents].get('foo').size, 1);
  port.dispatchEvent(new Event('foo'));
}

async function checkWeakHandler({ EventTarget, Event, kWeakHandler }, events) {
  const target = new EventTarget();
  let anchor = {};
  let calls = 0;
  (() => {
    target.addEventListener('foo', () => calls++, { [kWeakHandler]: anchor });
  })();
  await collect();
  // The anchor keeps the listener alive.
  assert.strictEqual(events.getEventListeners(target, 'foo').length, 1);
  target.dispatchEvent(new Event('foo'));
  assert.strictEqual(calls, 1);
  anchor = null;
  await collect();
  target.dispatchEvent(new Event('foo'));
  assert.strictEqual(calls, 1);
  const listeners = events.getEventListeners(target, 'foo').filter((l) => l !== undefined);
  assert.strictEqual(listeners.length, 0);
}

async function checkSignalDoesNotHoldTarget({ EventTarget }, AbortController) {
  // A listener added with { signal } must not keep its target alive through the signal.
  const controller = new AbortController();
  let collected = false;
  const registry = new FinalizationRegistry(() => { collected = true; });
  (() => {
    const target = new EventTarget();
    target.addEventListener('foo', () => {}, { signal: controller.signal });
    registry.register(target, 'target');
  })();
  await collect();
  assert.strictEqual(collected, true);
  controller.abort();
}

(async () => {
  for (const [name, eventTarget, events, AbortController] of implementations) {
    try {
      checkNodeEventTarget(eventTarget);
      checkResistStopPropagation(eventTarget, events);
      checkAddAbortListener(AbortController, events);
      checkEventHandler(eventTarget, events);
      checkMixin(eventTarget, events);
      checkIsEventTarget(eventTarget);
      await checkWeakHandler(eventTarget, events);
      await checkSignalDoesNotHoldTarget(eventTarget, AbortController);
    } catch (err) {
      err.message = `${name}: ${err.message}`;
      throw err;
    }
  }
})().then(common.mustCall());
