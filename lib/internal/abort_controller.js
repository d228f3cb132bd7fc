'use strict';
// AbortController and AbortSignal (an EventTarget firing one trusted 'abort' event), with
// AbortSignal.abort(), .timeout() on an unref'd timer and .any() following its sources.
// Signals that only a timer or a source can abort are held weakly by them; one that has
// 'abort' listeners is kept alive until it aborts (persistentSignals).

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignalArray,
  validateUint32,
} = require('internal/validators');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');
const kDontThrow = Symbol('kDontThrow');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let DOMExceptionClass;
function lazyDOMException() {
  if (DOMExceptionClass === undefined) {
    DOMExceptionClass = require('internal/per_context/domexception').DOMException;
  }
  return DOMExceptionClass;
}

let inspectImpl;
function inspect(value, options) {
  if (inspectImpl === undefined) inspectImpl = require('internal/util/inspect').inspect;
  return inspectImpl(value, options);
}

// Timeout and composite signals with 'abort' listeners: nothing else may hold them.
const persistentSignals = new Set();
// A composite signal holds its timeout sources: the timer only has a WeakRef to them.
const heldTimeoutSources = new WeakMap();

let timeoutRegistry;
function lazyTimeoutRegistry() {
  if (timeoutRegistry === undefined) {
    const { clearTimeout } = require('timers');
    timeoutRegistry = new FinalizationRegistry((timer) => clearTimeout(timer));
  }
  return timeoutRegistry;
}

function validateThisAbortSignal(value) {
  if (value?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

// Below depth 0 the object itself is returned: inspect then prints it as `[AbortSignal]`.
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function isPersistable(signal) {
  return signal[kTimeout] === true ||
    (signal[kComposite] === true && signal[kSourceSignals] !== undefined &&
     signal[kSourceSignals].size > 0);
}

class AbortSignal extends EventTarget {
  constructor() {
    if (arguments[0] !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kComposite] = false;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return Boolean(this[kAborted]);
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(
    reason = new (lazyDOMException())('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    signal[kTimeout] = true;
    lazyTimeoutRegistry().register(signal, startTimeout(new WeakRef(signal), delay));
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kDontThrow);
    result[kComposite] = true;
    if (signals.length === 0) return result;
    const resultRef = new WeakRef(result);
    result[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      if (signals[i].aborted) {
        abortSignal(result, signals[i].reason);
        return result;
      }
    }
    const timeouts = [];
    const follow = (source, sourceRef) => {
      result[kSourceSignals].add(sourceRef);
      if (source[kDependantSignals] === undefined) source[kDependantSignals] = new Set();
      source[kDependantSignals].add(resultRef);
      if (source[kTimeout] === true) timeouts.push(source);
    };
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (!signal[kComposite]) {
        follow(signal, new WeakRef(signal));
      } else if (signal[kSourceSignals] !== undefined) {
        // A composite source stands for its own sources. (Node gives it an empty dependants
        // set all the same.)
        if (signal[kDependantSignals] === undefined) signal[kDependantSignals] = new Set();
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (source !== undefined) follow(source, sourceRef);
        }
      }
    }
    if (timeouts.length > 0) heldTimeoutSources.set(result, timeouts);
    return result;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && size === 1 && !weak && !this.aborted && isPersistable(this)) {
      persistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0 && isPersistable(this)) persistentSignals.delete(this);
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: { enumerable: true },
});
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

// The timer holds the signal weakly: a timeout signal nobody listens to can be collected (and
// its timer cleared by the registry).
function startTimeout(signalRef, delay) {
  const timer = require('timers').setTimeout(() => {
    const signal = signalRef.deref();
    if (signal === undefined) return;
    abortSignal(signal, new (lazyDOMException())(
      'The operation was aborted due to timeout', 'TimeoutError'));
  }, delay);
  timer.unref();
  return timer;
}

// Marks the signal aborted, dispatches its 'abort' event, then aborts the signals following it.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  persistentSignals.delete(signal);
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

class AbortController {
  #signal;

  get signal() {
    if (this.#signal === undefined) this.#signal = new AbortSignal(kDontThrow);
    return this.#signal;
  }

  abort(reason = new (lazyDOMException())('This operation was aborted', 'AbortError')) {
    if (this.#signal === undefined) this.#signal = new AbortSignal(kDontThrow);
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { enumerable: true },
  abort: { enumerable: true },
  [Symbol.toStringTag]: {
    value: 'AbortController', writable: false, enumerable: false, configurable: true,
  },
});

module.exports = {
  AbortController,
  AbortSignal,
  kAborted,
};
