'use strict';
// stream.Writable: write() hands one chunk at a time to _write() (or the whole buffer to
// _writev()), buffering the rest; end() runs _final() and emits 'prefinish', 'finish', then
// 'close'. The boolean state lives in one bit field (WritableState[kState]) with named
// accessors for code that reads `_writableState.ended` and friends.

const EE = require('events');
const { Buffer } = require('buffer');
const { Stream } = require('internal/streams/legacy');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { SymbolAsyncDispose } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const eos = require('internal/streams/end-of-stream');

const { errorOrDestroy } = destroyImpl;

let Duplex;

module.exports = Writable;
Writable.WritableState = WritableState;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function nop() {}

const kState = Symbol('kState');
// Values that are absent, or set on few streams, live in symbol slots (present once set).
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');
const kOnFinishedValue = Symbol('kOnFinishedValue');

const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kConstructed = 1 << 2;
const kSync = 1 << 3;
const kErrorEmitted = 1 << 4;
const kEmitClose = 1 << 5;
const kAutoDestroy = 1 << 6;
const kDestroyed = 1 << 7;
const kClosed = 1 << 8;
const kCloseEmitted = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
// An afterWrite() is already queued for writes completed synchronously.
const kAfterWritePending = 1 << 20;
const kErrored = 1 << 21;
const kDefaultUTF8Encoding = 1 << 22;
const kHasWritable = 1 << 23;
const kWritable = 1 << 24;

function defineFlag(proto, name, bit) {
  Object.defineProperty(proto, name, {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & bit) !== 0; },
    set(value) {
      if (value) this[kState] |= bit;
      else this[kState] &= ~bit;
    },
  });
}

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }

  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync | kDecodeStrings |
    kDefaultUTF8Encoding;
  if (options?.objectMode || (isDuplex && options?.writableObjectMode)) {
    this[kState] |= kObjectMode;
  }
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  if (options) {
    // decodeStrings: false hands strings to _write() as they are.
    if (options.decodeStrings === false) this[kState] &= ~kDecodeStrings;
    if (options.emitClose === false) this[kState] &= ~kEmitClose;
    if (options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      if (!Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
      this[kState] &= ~kDefaultUTF8Encoding;
      this[kDefaultEncodingValue] = defaultEncoding;
    }
  }

  // Bytes (or objects) written but not yet handled by _write().
  this.length = 0;
  this.corked = 0;
  // The one callback passed to every _write()/_writev() call.
  this.onwrite = onwrite.bind(undefined, stream);
  this.writelen = 0;
  resetBuffer(this);
  // Writes and the end/finish steps not yet called back; 'finish' waits for 0.
  this.pendingcb = 0;
}

// Buffered writes are state[kBufferedValue][bufferedIndex...] (null: none).
function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
}

function bufferedCount(state) {
  const buffered = state[kBufferedValue];
  return buffered === null ? 0 : buffered.length - state.bufferedIndex;
}

// The end() callbacks waiting for 'finish' (they are called with its outcome).
function takeOnFinished(state) {
  const callbacks = state[kOnFinishedValue];
  if (callbacks === undefined || callbacks.length === 0) return callbacks;
  state[kOnFinishedValue] = [];
  return callbacks;
}

{
  const proto = WritableState.prototype;
  defineFlag(proto, 'objectMode', kObjectMode);
  defineFlag(proto, 'finalCalled', kFinalCalled);
  defineFlag(proto, 'needDrain', kNeedDrain);
  defineFlag(proto, 'ending', kEnding);
  defineFlag(proto, 'ended', kEnded);
  defineFlag(proto, 'finished', kFinished);
  defineFlag(proto, 'destroyed', kDestroyed);
  defineFlag(proto, 'decodeStrings', kDecodeStrings);
  defineFlag(proto, 'writing', kWriting);
  defineFlag(proto, 'sync', kSync);
  defineFlag(proto, 'bufferProcessing', kBufferProcessing);
  defineFlag(proto, 'constructed', kConstructed);
  defineFlag(proto, 'prefinished', kPrefinished);
  defineFlag(proto, 'errorEmitted', kErrorEmitted);
  defineFlag(proto, 'emitClose', kEmitClose);
  defineFlag(proto, 'autoDestroy', kAutoDestroy);
  defineFlag(proto, 'closed', kClosed);
  defineFlag(proto, 'closeEmitted', kCloseEmitted);
  defineFlag(proto, 'allBuffers', kAllBuffers);
  defineFlag(proto, 'allNoop', kAllNoop);
  Object.defineProperty(proto, 'bufferedRequestCount', {
    __proto__: null,
    enumerable: false,
    get() { return bufferedCount(this); },
  });
  const accessor = (get, set) => ({ __proto__: null, enumerable: false, get, set });
  Object.defineProperties(proto, {
    errored: accessor(function() {
      return (this[kState] & kErrored) !== 0 ? this[kErroredValue] : null;
    }, function(value) {
      if (value) {
        this[kErroredValue] = value;
        this[kState] |= kErrored;
      } else {
        this[kState] &= ~kErrored;
      }
    }),
    defaultEncoding: accessor(function() {
      return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue];
    }, function(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    }),
    writecb: accessor(function() {
      return this[kWriteCbValue] ?? null;
    }, function(value) {
      this[kWriteCbValue] = value;
    }),
    afterWriteTickInfo: accessor(function() {
      return this[kAfterWriteTickInfoValue] ?? null;
    }, function(value) {
      this[kAfterWriteTickInfoValue] = value;
    }),
    buffered: accessor(function() {
      return this[kBufferedValue] ?? [];
    }, function(value) {
      this[kBufferedValue] = value;
    }),
    // Set to false by a Duplex built with { writable: false }; undefined until set.
    writable: accessor(function() {
      const s = this[kState];
      return (s & kHasWritable) !== 0 ? (s & kWritable) !== 0 : undefined;
    }, function(value) {
      if (value === null || value === undefined) this[kState] &= ~(kHasWritable | kWritable);
      else if (value) this[kState] |= kHasWritable | kWritable;
      else this[kState] = (this[kState] | kHasWritable) & ~kWritable;
    }),
  });
}

WritableState.prototype.getBuffer = function getBuffer() {
  const buffered = this[kBufferedValue];
  return buffered === null ? [] : buffered.slice(this.bufferedIndex);
};

WritableState.prototype[destroyImpl.kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kWriting) === 0) clearBuffer(stream, this);
  finishMaybe(stream, this);
};

function Writable(options) {
  // A Duplex is a Writable too (see Symbol.hasInstance below), without being a subclass.
  Duplex ??= require('internal/streams/duplex');
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }

  if (this._events === undefined) {
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
    };
  }
  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  destroyImpl.construct(this, () => {
    this._writableState[destroyImpl.kOnConstructed](this);
  });
}

Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// Returns true when the caller may keep writing, false past the highWaterMark, or the error
// (also passed to cb and to 'error') after end() or destroy().
function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  // In objectMode chunks and encodings are handed to _write() as they are.
  if ((state[kState] & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (state[kState] & kDefaultUTF8Encoding) !== 0 ?
        'utf8' : state[kDefaultEncodingValue];
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof chunk === 'string') {
      if ((state[kState] & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (isArrayBufferView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if ((state[kState] & kEnding) !== 0) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('write');
  }
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;

  if ((state[kState] & (kWriting | kErrored)) !== 0 || state.corked ||
      (state[kState] & kConstructed) === 0) {
    (state[kBufferedValue] ??= []).push({ chunk, encoding, callback });
    if (encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if (callback !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    state[kWriteCbValue] = callback;
    state[kState] |= kWriting | kSync;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }

  // Measured after _write(): a write completed synchronously does not count.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;
  return ret && (state[kState] & (kErrored | kDestroyed)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state[kWriteCbValue] = cb;
  state[kState] |= kWriting | kSync;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // The buffered writes fail with it, before 'error' is emitted.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback of _write()/_writev() (bound to the stream, once per stream).
function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = (state[kState] & kSync) !== 0;
  const cb = state[kWriteCbValue];

  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }

  state[kState] &= ~kWriting;
  state[kWriteCbValue] = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if ((state[kState] & kErrored) === 0) {
      state[kErroredValue] = er;
      state[kState] |= kErrored;
    }
    // A Duplex cannot be read from once its writable side failed.
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (bufferedCount(state) > 0) clearBuffer(stream, state);

    if (sync) {
      // Callbacks of writes completed synchronously run on the next tick; consecutive ones
      // with the same callback share one tick. Byte-mode writes without a callback need no
      // tick at all unless 'drain' or the destroyed buffer must be dealt with (Node 20 does
      // not take that shortcut in objectMode).
      const needTick = cb !== nop || (state[kState] & kDestroyed) !== 0 ||
        ((state[kState] & kNeedDrain) !== 0 && state.length === 0);
      if (cb === nop && (state[kState] & kObjectMode) === 0) {
        if ((state[kState] & kAfterWritePending) === 0 && needTick) {
          state[kState] |= kAfterWritePending;
          process.nextTick(afterWrite, stream, state, 1, cb);
        } else {
          state.pendingcb--;
          if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
        }
      } else {
        const info = state[kAfterWriteTickInfoValue];
        if (info != null && info.cb === cb) {
          info.count++;
        } else {
          state[kState] |= kAfterWritePending;
          const newInfo = state[kAfterWriteTickInfoValue] = { count: 1, cb, stream, state };
          process.nextTick(afterWriteTick, newInfo);
        }
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state[kAfterWriteTickInfoValue] = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  const needDrain = (state[kState] & (kEnding | kNeedDrain)) === kNeedDrain &&
    !stream.destroyed && state.length === 0;
  if (needDrain) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  // 'finish' comes a tick after the last write callback.
  finishMaybe(stream, state, true);
}

// Fails every buffered write and pending end() callback (after destroy or an error).
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;

  const buffered = state[kBufferedValue];
  if (buffered !== null) {
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const { chunk, callback } = buffered[n];
      state.length -= (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
    }
  }

  const onfinishCallbacks = takeOnFinished(state);
  if (onfinishCallbacks !== undefined) {
    for (let i = 0; i < onfinishCallbacks.length; i++) {
      onfinishCallbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
    }
  }

  resetBuffer(state);
}

// Writes out buffered chunks: all at once through _writev(), else one by one until a
// _write() does not call back synchronously.
function clearBuffer(stream, state) {
  if (state.corked ||
      (state[kState] & (kDestroyed | kBufferProcessing | kConstructed)) !== kConstructed) {
    return;
  }

  const buffered = state[kBufferedValue];
  if (buffered === null) return;
  const objectMode = (state[kState] & kObjectMode) !== 0;
  let i = state.bufferedIndex;
  const bufferedLength = buffered.length - i;
  if (!bufferedLength) return;

  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = (state[kState] & kAllNoop) !== 0 && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write's error was already reported.
  } else if ((state[kState] & (kErrored | kEnding)) === 0) {
    // ending is set before finishMaybe() and ended after, so that a 'prefinish' or
    // 'finish' listener calling end() again is not treated as ending twice.
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if ((state[kState] & kErrored) !== 0) process.nextTick(cb, state[kErroredValue]);
    else if ((state[kState] & kFinished) !== 0) process.nextTick(cb, null);
    else (state[kOnFinishedValue] ??= []).push(cb);
  }
  return this;
};

function needFinish(state) {
  return (state[kState] & (kEnding | kDestroyed | kConstructed | kFinished | kWriting |
                           kErrorEmitted | kCloseEmitted | kErrored)) ===
      (kEnding | kConstructed) &&
    state.length === 0 &&
    bufferedCount(state) === 0;
}

function callFinal(stream, state) {
  let called = false;

  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;

    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = takeOnFinished(state);
      if (onfinishCallbacks !== undefined) {
        for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
      }
      errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
    } else if (needFinish(state)) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      // 'finish' is always at least one tick after _final() calls back.
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }

  state[kState] |= kSync;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state[kState] &= ~kSync;
}

function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) === 0) {
    if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
      state[kState] |= kFinalCalled;
      callFinal(stream, state);
    } else {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(finishIfStillNeeded, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishIfStillNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;

  const onfinishCallbacks = takeOnFinished(state);
  if (onfinishCallbacks !== undefined) {
    for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](null);
  }

  stream.emit('finish');

  if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed only once its readable side has ended too.
    const rState = stream._readableState;
    if (!rState ||
        (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) {
      stream.destroy();
    }
  }
}

Object.defineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      // writable is set to false by a Duplex built with { writable: false }.
      return !!w && w.writable !== false &&
        (w[kState] & (kDestroyed | kErrored | kEnding | kEnded)) === 0;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    __proto__: null,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      if (!w) return false;
      return (w[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    __proto__: null,
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    __proto__: null,
    get: function() {
      const w = this._writableState;
      return !!(w.writable !== false &&
        (w[kState] & (kDestroyed | kErrored)) !== 0 &&
        (w[kState] & kFinished) === 0);
    },
  },
});

Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Pending write and end() callbacks get ERR_STREAM_DESTROYED (or the error).
  if ((state[kState] & kDestroyed) === 0 &&
      (bufferedCount(state) > 0 || state[kOnFinishedValue]?.length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
  });
};

let webStreamsAdapters;
function lazyWebStreamsAdapters() {
  webStreamsAdapters ??= require('internal/webstreams/adapters');
  return webStreamsAdapters;
}

Writable.fromWeb = function(writableStream, options) {
  return lazyWebStreamsAdapters().newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return lazyWebStreamsAdapters().newWritableStreamFromStreamWritable(streamWritable);
};
