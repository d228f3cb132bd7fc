'use strict';
// stream.Readable: a buffer filled by push() from _read() and drained by read(), 'data'
// (flowing mode), 'readable' (paused mode), pipe() and async iteration. The boolean state
// lives in one bit field (ReadableState[kState]); named accessors on ReadableState keep
// `_readableState.ended` and friends working for code that reads them.

const EE = require('events');
const { Buffer } = require('buffer');
const { Stream, prependListener } = require('internal/streams/legacy');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { SymbolAsyncDispose } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');

const { errorOrDestroy } = destroyImpl;

let Duplex;
let StringDecoder;
let from;

module.exports = Readable;
Readable.ReadableState = ReadableState;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function nop() {}

const kState = Symbol('kState');

const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kEndEmitted = 1 << 2;
const kReading = 1 << 3;
const kConstructed = 1 << 4;
const kSync = 1 << 5;
const kNeedReadable = 1 << 6;
const kEmittedReadable = 1 << 7;
const kReadableListening = 1 << 8;
const kResumeScheduled = 1 << 9;
const kErrorEmitted = 1 << 10;
const kEmitClose = 1 << 11;
const kAutoDestroy = 1 << 12;
const kDestroyed = 1 << 13;
const kClosed = 1 << 14;
const kCloseEmitted = 1 << 15;
const kMultiAwaitDrain = 1 << 16;
const kReadingMore = 1 << 17;
const kDataEmitted = 1 << 18;
// flowing and paused are tri-state (null until first set): a "has" bit and a value bit.
const kHasFlowing = 1 << 19;
const kFlowing = 1 << 20;
const kHasPaused = 1 << 21;
const kPaused = 1 << 22;
// Values set on few streams live in symbol slots, present only once set; a bit says whether
// there is one, for the hot paths.
const kErrored = 1 << 23;
const kDecoder = 1 << 24;
const kDefaultUTF8Encoding = 1 << 25;

const kErroredValue = Symbol('kErroredValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');

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

function defineTriState(proto, name, hasBit, valueBit) {
  Object.defineProperty(proto, name, {
    __proto__: null,
    enumerable: false,
    get() {
      const s = this[kState];
      return (s & hasBit) !== 0 ? (s & valueBit) !== 0 : null;
    },
    set(value) {
      if (value === null || value === undefined) this[kState] &= ~(hasBit | valueBit);
      else if (value) this[kState] |= hasBit | valueBit;
      else this[kState] = (this[kState] | hasBit) & ~valueBit;
    },
  });
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }

  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync | kDefaultUTF8Encoding;
  if (options?.objectMode || (isDuplex && options?.readableObjectMode)) {
    this[kState] |= kObjectMode;
  }
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Chunks waiting to be read: buffer[bufferIndex...]; consumed slots are nulled and the
  // array is reset once empty, so reads do not shift the array.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  // The destination (or, with several pipes, a Set of them) whose 'drain' we wait for.
  this.awaitDrainWriters = null;

  if (options) {
    if (options.emitClose === false) this[kState] &= ~kEmitClose;
    if (options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      if (!Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
      this[kState] &= ~kDefaultUTF8Encoding;
      this[kDefaultEncodingValue] = defaultEncoding;
    }
    if (options.encoding) {
      StringDecoder ??= require('string_decoder').StringDecoder;
      this[kDecoderValue] = new StringDecoder(options.encoding);
      this[kEncodingValue] = options.encoding;
      this[kState] |= kDecoder;
    }
  }
}

{
  const proto = ReadableState.prototype;
  defineFlag(proto, 'objectMode', kObjectMode);
  defineFlag(proto, 'ended', kEnded);
  defineFlag(proto, 'endEmitted', kEndEmitted);
  defineFlag(proto, 'reading', kReading);
  defineFlag(proto, 'constructed', kConstructed);
  defineFlag(proto, 'sync', kSync);
  defineFlag(proto, 'needReadable', kNeedReadable);
  defineFlag(proto, 'emittedReadable', kEmittedReadable);
  defineFlag(proto, 'readableListening', kReadableListening);
  defineFlag(proto, 'resumeScheduled', kResumeScheduled);
  defineFlag(proto, 'errorEmitted', kErrorEmitted);
  defineFlag(proto, 'emitClose', kEmitClose);
  defineFlag(proto, 'autoDestroy', kAutoDestroy);
  defineFlag(proto, 'destroyed', kDestroyed);
  defineFlag(proto, 'closed', kClosed);
  defineFlag(proto, 'closeEmitted', kCloseEmitted);
  defineFlag(proto, 'multiAwaitDrain', kMultiAwaitDrain);
  defineFlag(proto, 'readingMore', kReadingMore);
  defineFlag(proto, 'dataEmitted', kDataEmitted);
  defineTriState(proto, 'flowing', kHasFlowing, kFlowing);
  defineTriState(proto, 'paused', kHasPaused, kPaused);
  Object.defineProperties(proto, {
    errored: {
      __proto__: null,
      enumerable: false,
      get() { return (this[kState] & kErrored) !== 0 ? this[kErroredValue] : null; },
      set(value) {
        if (value) {
          this[kErroredValue] = value;
          this[kState] |= kErrored;
        } else {
          this[kState] &= ~kErrored;
        }
      },
    },
    decoder: {
      __proto__: null,
      enumerable: false,
      get() { return (this[kState] & kDecoder) !== 0 ? this[kDecoderValue] : null; },
      set(value) {
        if (value) {
          this[kDecoderValue] = value;
          this[kState] |= kDecoder;
        } else {
          this[kState] &= ~kDecoder;
        }
      },
    },
    encoding: {
      __proto__: null,
      enumerable: false,
      get() { return this[kEncodingValue] ?? null; },
      set(value) { this[kEncodingValue] = value; },
    },
    defaultEncoding: {
      __proto__: null,
      enumerable: false,
      get() {
        return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue];
      },
      set(value) {
        if (value === 'utf8' || value === 'utf-8') {
          this[kState] |= kDefaultUTF8Encoding;
        } else {
          this[kState] &= ~kDefaultUTF8Encoding;
          this[kDefaultEncodingValue] = value;
        }
      },
    },
  });
  // Legacy: pipes used to be counted separately.
  Object.defineProperty(proto, 'pipesCount', {
    __proto__: null,
    enumerable: false,
    get() { return this.pipes.length; },
  });
}

ReadableState.prototype[destroyImpl.kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

// --- the chunk buffer --------------------------------------------------------------------

function bufferShift(state) {
  const buffer = state.buffer;
  let index = state.bufferIndex;
  const chunk = buffer[index];
  buffer[index++] = null;
  if (index === buffer.length) {
    buffer.length = 0;
    index = 0;
  } else if (index > 1024) {
    buffer.splice(0, index);
    index = 0;
  }
  state.bufferIndex = index;
  return chunk;
}

function bufferClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function bufferUnshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else state.buffer.unshift(chunk);
}

// All buffered data as one chunk (the buffer is emptied).
function bufferTakeAll(state) {
  const buffer = state.buffer;
  const start = state.bufferIndex;
  const count = buffer.length - start;
  let ret;
  if (count === 1) {
    ret = buffer[start];
  } else if ((state[kState] & kDecoder) !== 0) {
    ret = '';
    for (let i = start; i < buffer.length; i++) ret += buffer[i];
  } else {
    ret = Buffer.allocUnsafe(state.length);
    let offset = 0;
    for (let i = start; i < buffer.length; i++) {
      const chunk = buffer[i];
      ret.set(chunk, offset);
      offset += chunk.length;
    }
  }
  bufferClear(state);
  return ret;
}

// The first n bytes (or characters) of the buffer; n < state.length.
function bufferTake(state, n) {
  const buffer = state.buffer;
  const first = buffer[state.bufferIndex];
  if (n < first.length) {
    buffer[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return bufferShift(state);
  if ((state[kState] & kDecoder) !== 0) return takeString(state, n);
  const ret = Buffer.allocUnsafe(n);
  let offset = 0;
  while (offset < n) {
    const chunk = buffer[state.bufferIndex];
    const want = n - offset;
    if (want >= chunk.length) {
      ret.set(chunk, offset);
      offset += chunk.length;
      bufferShift(state);
    } else {
      ret.set(new Uint8Array(chunk.buffer, chunk.byteOffset, want), offset);
      buffer[state.bufferIndex] = chunk.slice(want);
      offset = n;
    }
  }
  return ret;
}

// n characters from string chunks, n spanning more than the first chunk. Node 20 decides
// whether the chunk where the count runs out is taken whole by comparing the count with the
// number of slots in the buffer array (consumed ones included) rather than with the chunk's
// length: then it returns more than n characters (and readableLength is off by as much), and
// an exact fit leaves an empty string chunk behind. Reproduced, as it decides what read(n)
// returns.
function takeString(state, n) {
  const buffer = state.buffer;
  const slots = buffer.length;
  let index = state.bufferIndex;
  let ret = '';
  while (index < slots) {
    const chunk = buffer[index];
    if (n > chunk.length) {
      ret += chunk;
      n -= chunk.length;
      buffer[index++] = null;
    } else {
      if (n === slots) {
        ret += chunk;
        buffer[index++] = null;
      } else {
        ret += chunk.slice(0, n);
        buffer[index] = chunk.slice(n);
      }
      break;
    }
  }
  if (index === slots) {
    buffer.length = 0;
    index = 0;
  } else if (index > 1024) {
    buffer.splice(0, index);
    index = 0;
  }
  state.bufferIndex = index;
  return ret;
}

// --- constructor -------------------------------------------------------------------------

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Pre-shaped listener map: the events a stream always checks are found without a miss.
  if (this._events === undefined) {
    this._events = {
      close: undefined,
      error: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    };
  }

  Duplex ??= require('internal/streams/duplex');
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  destroyImpl.construct(this, () => {
    this._readableState[destroyImpl.kOnConstructed](this);
  });
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// --- push and unshift --------------------------------------------------------------------

function toBuffer(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function canPushMore(state) {
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(this, state);
    return false;
  }
  if ((state[kState] & kObjectMode) !== 0) return pushObject(this, state, chunk, encoding);
  return pushBytes(this, state, chunk, encoding);
};

function pushBytes(stream, state, chunk, encoding) {
  if (typeof chunk === 'string') {
    if (!encoding) {
      encoding = (state[kState] & kDefaultUTF8Encoding) !== 0 ?
        'utf8' : state[kDefaultEncodingValue];
    }
    // A string already in the decoder's encoding is taken as it is.
    if (state[kEncodingValue] !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk instanceof Buffer) {
    encoding = '';
  } else if (isArrayBufferView(chunk)) {
    chunk = toBuffer(chunk);
    encoding = '';
  } else if (chunk != null) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
      'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
    return false;
  }

  if (!chunk || chunk.length <= 0) {
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;

  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushObject(stream, state, chunk, encoding) {
  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    if (chunk.length === 0) return canPushMore(state);
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(this, state);
    return false;
  }
  if ((state[kState] & kObjectMode) === 0) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        // Unshifted data goes back in front of what the decoder already produced.
        chunk = state.encoding ?
          Buffer.from(chunk, encoding).toString(state.encoding) :
          Buffer.from(chunk, encoding);
      }
    } else if (isArrayBufferView(chunk) && !(chunk instanceof Buffer)) {
      chunk = toBuffer(chunk);
    } else if (chunk !== undefined && !(chunk instanceof Buffer)) {
      errorOrDestroy(this, new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
    if (!chunk || chunk.length <= 0) return canPushMore(state);
  }
  if ((state[kState] & kEndEmitted) !== 0) {
    errorOrDestroy(this, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  } else if ((state[kState] & (kDestroyed | kErrored)) !== 0) {
    return false;
  } else {
    addChunk(this, state, chunk, true);
  }
  return canPushMore(state);
};

function addChunk(stream, state, chunk, addToFront) {
  // Flowing with nothing buffered: hand the chunk straight to 'data', unless we are inside
  // _read() (sync), where the data must wait for read() to return it.
  if ((state[kState] & (kFlowing | kSync)) === kFlowing && state.length === 0 &&
      stream.listenerCount('data') > 0) {
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (addToFront) bufferUnshift(state, chunk);
    else state.buffer.push(chunk);
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if ((state[kState] & kDecoder) !== 0) {
    const chunk = state[kDecoderValue].end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    // Inside _read(): 'readable' on the next tick.
    emitReadable(stream);
  } else {
    state[kState] = (state[kState] & ~kNeedReadable) | kEmittedReadable;
    emitReadableNow(stream);
  }
}

Readable.prototype.isPaused = function() {
  const s = this._readableState[kState];
  return (s & kPaused) !== 0 || (s & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state[kDecoderValue] = decoder;
  state[kEncodingValue] = decoder.encoding;
  state[kState] |= kDecoder;
  // Buffered bytes become text now, so that read() returns strings from here on.
  let content = '';
  const buffer = state.buffer;
  for (let i = state.bufferIndex; i < buffer.length; i++) content += decoder.write(buffer[i]);
  bufferClear(state);
  if (content !== '') buffer.push(content);
  state.length = content.length;
  return this;
};

// --- read --------------------------------------------------------------------------------

const MAX_HWM = 0x40000000;

// Reading more than the highWaterMark raises it to the next power of two.
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (n !== n) {
    // read(): in flowing mode one chunk at a time, otherwise everything.
    if ((state[kState] & kFlowing) !== 0 && state.length) {
      return state.buffer[state.bufferIndex].length;
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!Number.isInteger(n)) {
    n = Number.parseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state[kState] &= ~kEmittedReadable;

  // read(0) with enough buffered (or the end reached) only signals 'readable' or 'end'.
  if (n === 0 && (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ?
        state.length >= state.highWaterMark :
        state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read() when the buffer is below the highWaterMark after this read, unless a read
  // is already pending or the stream cannot produce more.
  let doRead = (state[kState] & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((state[kState] & (kEnded | kReading | kDestroyed | kErrored)) !== 0 ||
      (state[kState] & kConstructed) === 0) {
    doRead = false;
  } else if (doRead) {
    state[kState] |= kReading | kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    // _read() pushed synchronously: what we can return may have changed.
    if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret = null;
  if (n > 0) ret = fromList(n, state);

  if (ret === null) {
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    else state[kState] &= ~kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    // read(n) past the end: end now.
    if (nOrig !== n && (state[kState] & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

// Takes n units out of the buffer (the caller updates state.length).
function fromList(n, state) {
  if (state.length === 0) return null;
  if ((state[kState] & kObjectMode) !== 0) return bufferShift(state);
  if (!n || n >= state.length) return bufferTakeAll(state);
  return bufferTake(state, n);
}

function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) === 0 &&
      state.length === 0) {
    state[kState] |= kEndEmitted;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if ((state[kState] & kAutoDestroy) !== 0) {
      // A Duplex is destroyed only once its writable side is done too.
      const wState = stream._writableState;
      if (!wState ||
          (wState.autoDestroy && (wState.finished || wState.writable === false))) {
        stream.destroy();
      }
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// 'readable' is emitted on the next tick, at most once until read() is called again.
function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
      (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  // Whoever listens to 'readable' reads until null, so ask for the next one then. (Node 20
  // only ever sets the flag here, never clears it; matched because it decides when read()
  // calls _read().)
  if ((state[kState] & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state[kState] |= kNeedReadable;
  }
  flow(stream);
}

// After a push, fill the buffer up to the highWaterMark on a later tick (one _read() at a
// time), so that a source which pushes less than asked keeps being read.
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    // _read() pushed nothing synchronously: wait for its push().
    if (len === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

// --- pipe --------------------------------------------------------------------------------

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    // From two destinations on, several may be waiting for 'drain'.
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A dest that was holding the source back no longer can: release it.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // An error on dest unpipes it, and is rethrown when dest has no other 'error' listener.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if ((state[kState] & kFlowing) === 0) {
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// --- listeners, flowing and paused modes -------------------------------------------------

// Adding 'data' starts the flow (unless paused explicitly); adding 'readable' switches to
// paused mode, which wins over 'data'.
Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    if (this.listenerCount('readable') > 0) state[kState] |= kReadableListening;
    else state[kState] &= ~kReadableListening;
    if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
      state[kState] = (state[kState] | kReadableListening | kNeedReadable | kHasFlowing) &
        ~(kFlowing | kEmittedReadable);
      if (state.length) emitReadable(this);
      else if ((state[kState] & kReading) === 0) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;

  if ((state[kState] & (kResumeScheduled | kHasPaused | kPaused)) ===
      (kResumeScheduled | kHasPaused)) {
    // resume() was called while 'readable' was attached: flow now that it is gone.
    state[kState] |= kHasFlowing | kFlowing;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state[kState] &= ~(kHasFlowing | kFlowing);
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if ((state[kState] & kFlowing) === 0) {
    // With a 'readable' listener, resume() only marks the stream as not paused.
    state[kState] |= kHasFlowing;
    if ((state[kState] & kReadableListening) === 0) state[kState] |= kFlowing;
    else state[kState] &= ~kFlowing;
    if ((state[kState] & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kState] = (state[kState] | kHasPaused) & ~kPaused;
  return this;
};

function resumeNT(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state[kState] = (state[kState] | kHasFlowing) & ~kFlowing;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

// Wraps an old-style stream (one that emits 'data' without read()) in this Readable.
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // The wrapped stream's own methods (past its first own key) become ours, bound to it.
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

// --- async iteration ---------------------------------------------------------------------

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  // `wake` is the resolve of the promise the loop waits on, called on 'readable' or at the end.
  let wake = nop;
  function next(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }

  stream.on('readable', next);

  // undefined: still going; null: ended cleanly; an error: failed.
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// --- properties --------------------------------------------------------------------------

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // readable is set to false by a Duplex built with { readable: false }.
      return !!r && r.readable !== false &&
        (r[kState] & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return (this._readableState[kState] & kDataEmitted) !== 0; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false &&
        (r[kState] & (kDestroyed | kErrored)) !== 0 &&
        (r[kState] & kEndEmitted) === 0);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// --- static helpers ----------------------------------------------------------------------

// Exposed for tests (Readable._fromList): take n units from a state's buffer.
Readable._fromList = fromList;

Readable.from = function(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

let webStreamsAdapters;
function lazyWebStreamsAdapters() {
  webStreamsAdapters ??= require('internal/webstreams/adapters');
  return webStreamsAdapters;
}

Readable.fromWeb = function(readableStream, options) {
  return lazyWebStreamsAdapters().newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return lazyWebStreamsAdapters().newReadableStreamFromStreamReadable(streamReadable, options);
};

// A Readable over an old-style stream; destroying it destroys the source.
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// --- iterator helpers (map, filter, toArray, ...) ----------------------------------------

{
  const {
    streamReturningOperators,
    promiseReturningOperators,
  } = require('internal/streams/operators');
  const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

  function defineOperator(key, op, wrapResult) {
    const fn = wrapResult ?
      function(...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return Readable.from(Reflect.apply(op, this, args));
      } :
      function(...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return Reflect.apply(op, this, args);
      };
    Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
    Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      __proto__: null,
      value: fn,
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
  for (const key of Object.keys(streamReturningOperators)) {
    defineOperator(key, streamReturningOperators[key], true);
  }
  for (const key of Object.keys(promiseReturningOperators)) {
    defineOperator(key, promiseReturningOperators[key], false);
  }
}
