'use strict';
// `timers/promises`: setTimeout and setImmediate returning promises, setInterval as an
// async iterator, each cancellable through an AbortSignal, and `scheduler`.

const {
  Timeout,
  Immediate,
  insert,
  clearTimeout,
  clearImmediate,
} = require('internal/timers');

const kScheduler = Symbol('kScheduler');

function lazyErrors() {
  return require('internal/errors');
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal?.reason });
}

// Runs with `this` bound to the timer or immediate when the signal aborts.
function onAbort(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(abortError(signal));
  }
}

// Reads the options of setTimeout/setImmediate: { signal, ref }, or { error } because those
// two report bad arguments through the returned promise instead of throwing.
function readOptions(options) {
  const { codes } = lazyErrors();
  if (options == null || typeof options !== 'object') {
    return { error: new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options) };
  }
  const { signal, ref = true } = options;
  try {
    require('internal/validators').validateAbortSignal(signal, 'options.signal');
  } catch (error) {
    return { error };
  }
  if (typeof ref !== 'boolean') {
    return { error: new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref) };
  }
  return { signal, ref };
}

// A promise settled by the timer or immediate that `make(resolve)` arms, or rejected with
// an AbortError (and the timer cleared) when `signal` aborts first.
function scheduled(signal, make, clear) {
  let onCancel;
  const promise = new Promise((resolve, reject) => {
    const handle = make(resolve);
    if (signal) {
      onCancel = onAbort.bind(handle, clear, reject, signal);
      signal.addEventListener('abort', onCancel);
    }
  });
  if (onCancel === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onCancel));
}

function setTimeout(after, value, options = {}) {
  const { error, signal, ref } = readOptions(options);
  if (error !== undefined) return Promise.reject(error);
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const args = value !== undefined ? [value] : undefined;
  return scheduled(signal, (resolve) => {
    const timeout = new Timeout(resolve, after, args, false, ref);
    insert(timeout, timeout._idleTimeout);
    return timeout;
  }, clearTimeout);
}

function setImmediate(value, options = {}) {
  const { error, signal, ref } = readOptions(options);
  if (error !== undefined) return Promise.reject(error);
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const args = value !== undefined ? [value] : undefined;
  return scheduled(signal, (resolve) => {
    const immediate = new Immediate(resolve, args);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediate);
}

// Yields `value` once per tick of the interval; ticks that came while the consumer was busy
// are yielded back to back.
async function* setInterval(after, value, options = {}) {
  const validators = require('internal/validators');
  validators.validateObject(options, 'options');
  if (options.ref !== undefined) validators.validateBoolean(options.ref, 'options.ref');
  const { signal, ref = true } = options;
  validators.validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);

  let interval;
  let onCancel;
  try {
    let pending = 0;
    let wake;
    interval = new Timeout(() => {
      pending++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearTimeout(interval);
        if (wake) {
          wake(Promise.reject(abortError(signal)));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }

    while (!signal?.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; pending > 0; pending--) {
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

class Scheduler {
  constructor() {
    const { ERR_ILLEGAL_CONSTRUCTOR } = lazyErrors().codes;
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  // Resolves after the current turn's immediates: lets other work run.
  yield() {
    checkScheduler(this);
    return setImmediate();
  }

  wait(delay, options) {
    checkScheduler(this);
    return setTimeout(delay, undefined, options);
  }
}

function checkScheduler(self) {
  if (!self[kScheduler]) {
    const { ERR_INVALID_THIS } = lazyErrors().codes;
    throw new ERR_INVALID_THIS('Scheduler');
  }
}

// The one Scheduler; made without running the constructor, which only user code reaches.
const scheduler = Object.create(Scheduler.prototype);
scheduler[kScheduler] = true;

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
