'use strict';
// stream.Duplex: a Readable that is also a Writable (Writable's methods are copied over, and
// `duplex instanceof Writable` holds through Writable[Symbol.hasInstance]). allowHalfOpen:
// false ends the writable side when the readable side ends.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');

const { kOnConstructed } = destroyImpl;
const { addAbortSignal } = require('internal/streams/add-abort-signal');

module.exports = Duplex;

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
// Destroying also fails the pending writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  if (this._events === undefined) {
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    };
  }
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}

Object.defineProperties(Duplex.prototype, {
  writable: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writable'),
  },
  writableHighWaterMark: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableHighWaterMark'),
  },
  writableObjectMode: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableObjectMode'),
  },
  writableBuffer: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableBuffer'),
  },
  writableLength: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableLength'),
  },
  writableFinished: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableFinished'),
  },
  writableCorked: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableCorked'),
  },
  writableEnded: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableEnded'),
  },
  writableNeedDrain: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, 'writableNeedDrain'),
  },
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      // Backward compatibility: some code sets destroyed directly.
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let duplexify;

Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

let webStreamsAdapters;
function lazyWebStreamsAdapters() {
  webStreamsAdapters ??= require('internal/webstreams/adapters');
  return webStreamsAdapters;
}

Duplex.fromWeb = function(pair, options) {
  return lazyWebStreamsAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebStreamsAdapters().newReadableWritablePairFromDuplex(duplex);
};
