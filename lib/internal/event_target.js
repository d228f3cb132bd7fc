'use strict';
// EventTarget, Event and CustomEvent as Node 20 has them (a single target: no tree, no
// bubbling), plus NodeEventTarget (EventEmitter-style methods on an EventTarget) and the `on<x>`
// handler attributes. Listeners of a type are a linked list under target[kEvents]; lib/events.js
// walks it (getEventListeners), so keep the node shape `{ listener, weak, next }` in sync.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjectsAndNull,
  validateAbortSignal,
  validateInternalField,
  validateObject,
  validateString,
} = require('internal/validators');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

let inspectImpl;
function inspect(value, options) {
  if (inspectImpl === undefined) inspectImpl = require('internal/util/inspect').inspect;
  return inspectImpl(value, options);
}

// Milliseconds since start-up, as performance.now() counts them.
let clock;
function now() {
  if (clock === undefined) {
    const perf = globalThis.performance;
    if (perf !== null && typeof perf === 'object' && typeof perf.now === 'function') {
      clock = () => perf.now();
    } else {
      clock = () => process.uptime() * 1000;
    }
  }
  return clock();
}

// The depth handed to a nested inspect() from a custom inspect function.
function nestedInspectOptions(options) {
  return {
    ...options,
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  };
}

// Node reports a listener's exception as uncaught on the next tick, after the dispatch has run
// every other listener.
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// WebIDL's DOMString conversion of an event type, with Node's error for symbols.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return String(value);
}

// --- Event ---------------------------------------------------------------------------------

const trustedEvents = new WeakSet();

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== kEmptyObject) {
      validateObject(options, 'options', kValidateObjectAllowNullable);
      const bubbles = options?.bubbles;
      const cancelable = options?.cancelable;
      const composed = options?.composed;
      this.#bubbles = Boolean(bubbles);
      this.#cancelable = Boolean(cancelable);
      this.#composed = Boolean(composed);
      if (options?.[kTrustEvent]) trustedEvents.add(this);
    }
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, nestedInspectOptions(options))}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }
}

{
  const constant = (value) => ({ value, writable: false, enumerable: true, configurable: false });
  Object.defineProperties(Event, {
    NONE: constant(0),
    CAPTURING_PHASE: constant(1),
    AT_TARGET: constant(2),
    BUBBLING_PHASE: constant(3),
  });
  const enumerable = { enumerable: true };
  Object.defineProperties(Event.prototype, {
    [Symbol.toStringTag]: {
      value: 'Event', writable: false, enumerable: false, configurable: true,
    },
    stopImmediatePropagation: enumerable,
    preventDefault: enumerable,
    target: enumerable,
    currentTarget: enumerable,
    srcElement: enumerable,
    type: enumerable,
    cancelable: enumerable,
    defaultPrevented: enumerable,
    timeStamp: enumerable,
    composedPath: enumerable,
    returnValue: enumerable,
    bubbles: enumerable,
    composed: enumerable,
    eventPhase: enumerable,
    cancelBubble: enumerable,
    stopPropagation: enumerable,
    initEvent: enumerable,
    // Unforgeable in WebIDL; Node keeps it on the prototype.
    isTrusted: {
      get: Object.defineProperty(function() { return trustedEvents.has(this); },
                                 'name', { value: 'get isTrusted' }),
      enumerable: true,
      configurable: false,
    },
  });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static #isCustomEvent(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function') &&
      #detail in value;
  }

  get detail() {
    if (!CustomEvent.#isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
  },
  detail: { enumerable: true },
});

// --- listeners -----------------------------------------------------------------------------

// Weak listeners (options[kWeakHandler] = anchor) are held through a WeakRef by the target and
// kept alive by their anchor: a signal's listener that removes a listener from another target
// must not keep that target alive. A collected listener's node is unlinked by the registry.
let weakState;
function lazyWeakState() {
  if (weakState === undefined) {
    weakState = {
      anchors: new WeakMap(),
      registry: new FinalizationRegistry((node) => {
        const target = node.targetRef.deref();
        if (target !== undefined) target[kRemoveWeakListenerHelper](node.type, node);
      }),
    };
  }
  return weakState;
}

class Listener {
  constructor(target, type, previous, listener, flags) {
    this.next = undefined;
    this.previous = previous;
    previous.next = this;
    this.once = Boolean(flags.once);
    this.capture = Boolean(flags.capture);
    this.passive = Boolean(flags.passive);
    this.isNodeStyleListener = Boolean(flags.isNodeStyleListener);
    this.resistStopPropagation = Boolean(flags.resistStopPropagation);
    this.removed = false;
    const anchor = flags.weak;
    this.weak = anchor !== undefined && anchor !== null;
    if (this.weak) {
      // anchor -> Map(listener -> number of weak registrations it anchors)
      const state = lazyWeakState();
      let kept = state.anchors.get(anchor);
      if (kept === undefined) {
        kept = new Map();
        state.anchors.set(anchor, kept);
      }
      kept.set(listener, (kept.get(listener) ?? 0) + 1);
      this.anchorRef = new WeakRef(anchor);
      this.targetRef = new WeakRef(target);
      this.type = type;
      this.listener = new WeakRef(listener);
      state.registry.register(listener, this, this);
    } else {
      this.listener = listener;
    }
  }

  deref() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.deref() === listener && this.capture === capture;
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    // `next` stays: a dispatch standing on this node goes on from it.
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    if (this.weak) {
      weakState.registry.unregister(this);
      const anchor = this.anchorRef.deref();
      const listener = this.listener.deref();
      if (anchor !== undefined && listener !== undefined) {
        const kept = weakState.anchors.get(anchor);
        const count = kept?.get(listener);
        if (count > 1) {
          kept.set(listener, count - 1);
        } else if (count !== undefined) {
          kept.delete(listener);
          if (kept.size === 0) weakState.anchors.delete(anchor);
        }
      }
    }
  }
}

// Node accepts functions, objects (handleEvent is looked up at each dispatch), and ignores
// null/undefined with a warning.
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// An object listener's handleEvent runs inside an async function, as in Node: what it throws
// comes back as a rejection and is reported as uncaught after the dispatch.
async function callHandleEvent(listener, event) {
  if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, [event]);
}

// A listener that returns a thenable has its rejection reported as uncaught.
function addCatch(result) {
  const then = result.then;
  if (typeof then === 'function') {
    Reflect.apply(then, result, [undefined, emitUncaughtException]);
  }
}

// --- EventTarget ---------------------------------------------------------------------------

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget];
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. MaxListeners is ` +
        `${max}. Use events.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const flags = validateEventListenerOptions(options);
    const { signal } = flags;
    validateAbortSignal(signal, 'options.signal');
    if (!validateEventListener(listener)) {
      // The DOM ignores a null listener; Node says so.
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = toDOMString(type);

    if (signal) {
      if (signal.aborted) return;
      // Held weakly by the signal, alive as long as this target is.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, {
        __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true,
      });
    }

    let root = this[kEvents].get(type);
    const isNewType = root === undefined;
    if (isNewType) root = { size: 0, next: undefined };
    const capture = Boolean(flags.capture);
    let previous = root;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) return;
      previous = handler;
      handler = handler.next;
    }
    new Listener(this, type, previous, listener, flags);
    if (isNewType) this[kEvents].set(type, root);
    root.size++;
    this[kNewListener](root.size, type, listener, Boolean(flags.once), capture,
                       Boolean(flags.passive), flags.weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toDOMString(type);
    // Node reads only options.capture here: a boolean `true` does not match a capture listener.
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        removeNode(this, type, root, handler);
        this[kRemoveListener](root.size, type, listener, capture);
        return;
      }
    }
  }

  [kRemoveWeakListenerHelper](type, node) {
    const root = this[kEvents].get(type);
    if (root === undefined || node.removed) return;
    removeNode(this, type, root, node);
    this[kRemoveListener](root.size, type, undefined, node.capture);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Dispatches `type` to the listeners: Node-style listeners (NodeEventTarget#on) get
  // `nodeValue`, the others an Event (`event`, or one made by kCreateEvent on first need).
  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    let handler = root?.next;
    while (handler !== undefined) {
      // Read first: the listener may remove itself (or others) from the list.
      const next = handler.next;
      if (handler.removed ||
          (event?.[kStop] === true && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        // Unlike removeEventListener, this leaves an emptied type in eventNames(), as Node does.
        handler.remove();
        root.size--;
        this[kRemoveListener](root.size, type, handler.deref(), handler.capture);
      }
      try {
        const arg = handler.isNodeStyleListener ? nodeValue : createEvent();
        const callback = handler.deref();
        if (callback !== undefined) {
          let result;
          if (typeof callback === 'function') {
            result = Reflect.apply(callback, this, [arg]);
          } else {
            result = callHandleEvent(callback, arg);
          }
          // Node clears this after each listener (so later listeners of the same dispatch see
          // no currentTarget and may dispatch the event again); kept for compatibility.
          if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
          if (result !== undefined && result !== null) addCatch(result);
        }
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, nestedInspectOptions(options))}`;
  }
}

function removeNode(target, type, root, node) {
  node.remove();
  root.size--;
  if (root.size === 0 && target[kEvents].get(type) === root) target[kEvents].delete(type);
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: { enumerable: true },
  removeEventListener: { enumerable: true },
  dispatchEvent: { enumerable: true },
  [Symbol.toStringTag]: {
    value: 'EventTarget', writable: false, enumerable: false, configurable: true,
  },
});

// --- NodeEventTarget -----------------------------------------------------------------------

function isNodeEventTarget(value) {
  return value?.constructor?.[kIsNodeEventTarget];
}

// For objects that inherit NodeEventTarget's methods without running its constructor.
function initNodeEventTarget(self) {
  initEventTarget(self);
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}

Object.defineProperties(NodeEventTarget.prototype, {
  setMaxListeners: { enumerable: true },
  getMaxListeners: { enumerable: true },
  eventNames: { enumerable: true },
  listenerCount: { enumerable: true },
  off: { enumerable: true },
  removeListener: { enumerable: true },
  on: { enumerable: true },
  addListener: { enumerable: true },
  emit: { enumerable: true },
  once: { enumerable: true },
  removeAllListeners: { enumerable: true },
});

// --- on<event> handler attributes ----------------------------------------------------------

// The registered listener: it calls whatever function the attribute holds at dispatch time, so
// re-assigning the attribute keeps the listener's place in the list.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    let wrapper = this[kHandlers].get(event);
    const root = this[kEvents].get(event);
    if (wrapper !== undefined && root !== undefined) {
      // Only a function counts as a listener (for listenerCount and the leak warning).
      if (typeof wrapper.handler === 'function') {
        root.size--;
        this[kRemoveListener](root.size, event, wrapper.handler, false);
      }
      wrapper.handler = value;
      if (typeof value === 'function') {
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else if (wrapper !== undefined) {
      // Its list was emptied and dropped (the attribute held no function): register again.
      wrapper.handler = value;
      this.addEventListener(event, wrapper);
    } else {
      wrapper = makeEventHandler(value);
      this.addEventListener(event, wrapper);
    }
    this[kHandlers].set(event, wrapper);
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });
  Object.defineProperty(set, 'name', { value: `set ${propName}` });
  Object.defineProperty(emitter, propName, { get, set, enumerable: true, configurable: true });
}

// A class with Superclass's behaviour plus EventEmitter's methods (MessagePort-style objects).
function EventEmitterMixin(Superclass) {
  class MixedEventEmitter extends Superclass {
    constructor(...args) {
      super(...args);
      EventEmitter.call(this);
    }
  }
  const descriptors = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  delete descriptors.constructor;
  Object.defineProperties(MixedEventEmitter.prototype, descriptors);
  return MixedEventEmitter;
}

module.exports = {
  Event,
  CustomEvent,
  EventEmitterMixin,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  kCreateEvent,
  kNewListener,
  kTrustEvent,
  kRemoveListener,
  kEvents,
  kWeakHandler,
  kResistStopPropagation,
  isEventTarget,
};
