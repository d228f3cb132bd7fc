'use strict';
// async_hooks: AsyncLocalStorage, AsyncResource and the execution ids. Stores live in the
// async context frame (lib/internal/async_hooks.js), which V8 carries through promises and
// the runtime through timers, nextTick, queueMicrotask and the callbacks of handles and
// requests. createHook is not provided: resources are not tracked one by one.

const { ERR_INVALID_ASYNC_ID } = require('internal/errors').codes;
const { validateFunction, validateString } = require('internal/validators');
const {
  async_id_symbol,
  trigger_async_id_symbol,
  frame_symbol,
  captureFrame,
  enterFrame,
  restoreFrame,
  newAsyncId,
  enterScope,
  exitScope,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
} = require('internal/async_hooks');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerId = opts;
    if (typeof opts !== 'number') {
      triggerId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerId) || triggerId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerId);
    }
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = triggerId;
    const frame = captureFrame();
    if (frame !== undefined) this[frame_symbol] = frame;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    enterScope(this[async_id_symbol], this[trigger_async_id_symbol], this);
    const prevFrame = enterFrame(this[frame_symbol]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      restoreFrame(prevFrame);
      exitScope();
    }
  }

  // Without hooks nothing observes the destruction.
  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
      Object.defineProperty(bound, 'name', { value: 'bound' });
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() { return self; },
        set(value) { self = value; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// A frame is an immutable Map: a new one is made for each change, so that what captured the
// old one keeps seeing it.
function frameWith(frame, key, value) {
  const next = new Map(frame);
  next.set(key, value);
  return next;
}

function frameWithout(frame, key) {
  if (frame === undefined || !frame.has(key)) return frame;
  const next = new Map(frame);
  next.delete(key);
  return next.size === 0 ? undefined : next;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const runInAsyncScope = AsyncResource.bind((cb, ...args) => cb(...args),
                                               'AsyncLocalStorageSnapshot');
    return runInAsyncScope;
  }

  disable() {
    if (!this.enabled) return;
    this.enabled = false;
    const frame = captureFrame();
    if (frame !== undefined && frame.has(this)) enterFrame(frameWithout(frame, this));
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = captureFrame();
    return frame === undefined ? undefined : frame.get(this);
  }

  enterWith(store) {
    this.enabled = true;
    enterFrame(frameWith(captureFrame(), this, store));
  }

  run(store, callback, ...args) {
    this.enabled = true;
    const prevFrame = enterFrame(frameWith(captureFrame(), this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      restoreFrame(prevFrame);
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const prevFrame = captureFrame();
    enterFrame(frameWithout(prevFrame, this));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      restoreFrame(prevFrame);
    }
  }
}

// Node's provider numbers (AsyncWrap types); a constant of the API.
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19,
  JSUDPWRAP: 20, MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24,
  PROCESSWRAP: 25, PROMISE: 26, QUERYWRAP: 27, QUIC_LOGSTREAM: 28, QUIC_PACKET: 29,
  SHUTDOWNWRAP: 30, SIGNALWRAP: 31, STATWATCHER: 32, STREAMPIPE: 33, TCPCONNECTWRAP: 34,
  TCPSERVERWRAP: 35, TCPWRAP: 36, TTYWRAP: 37, UDPSENDWRAP: 38, UDPWRAP: 39,
  SIGINTWATCHDOG: 40, WORKER: 41, WORKERHEAPSNAPSHOT: 42, WRITEWRAP: 43, ZLIB: 44,
  CHECKPRIMEREQUEST: 45, PBKDF2REQUEST: 46, KEYPAIRGENREQUEST: 47, KEYGENREQUEST: 48,
  KEYEXPORTREQUEST: 49, CIPHERREQUEST: 50, DERIVEBITSREQUEST: 51, HASHREQUEST: 52,
  RANDOMBYTESREQUEST: 53, RANDOMPRIMEREQUEST: 54, SCRYPTREQUEST: 55, SIGNREQUEST: 56,
  TLSWRAP: 57, VERIFYREQUEST: 58,
});

module.exports = {
  AsyncLocalStorage,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
