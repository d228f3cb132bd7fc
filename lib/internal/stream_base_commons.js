'use strict';
// What the JS streams over C stream handles share (net.Socket now; tty and pipes to child
// processes later): writes through WriteWrap requests, reads from handle.onread, timeouts.
// The C side is src/stream_wrap.c.

const {
  WriteWrap,
  kReadBytesOrError,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
  streamBaseState,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const { errnoException } = require('internal/errors');
const { FastBuffer } = require('internal/buffer');
const { kTimeout, getTimerDuration, setUnrefTimeout } = require('internal/timers');
const { validateFunction } = require('internal/validators');

// A handle's JS owner (the net.Socket of a TCP handle). Node keeps it with the async_hooks
// symbols; it lives here until there is an internal/async_hooks.
const owner_symbol = Symbol('owner_symbol');

const kMaybeDestroy = Symbol('kMaybeDestroy');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kHandle = Symbol('kHandle');
const kSession = Symbol('kSession');
const kBuffer = Symbol('kBuffer');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');

function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const err = errnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(err);
    else stream.destroy(err);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

// After a write call: a synchronous one (the kernel took it all) calls back now.
function afterWriteDispatched(req, err, cb) {
  req.bytes = streamBaseState[kBytesWritten];
  req.async = streamBaseState[kLastWriteWasAsync] !== 0;
  if (err !== 0) return cb(errnoException(err, 'write', req.error));
  if (!req.async && typeof req.callback === 'function') req.callback();
}

function dispatchWrite(req, data, encoding) {
  const handle = req.handle;
  switch (encoding) {
    case 'buffer': {
      const err = handle.writeBuffer(req, data);
      if (err === 0) req.buffer = data;
      return err;
    }
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default: {
      const buffer = Buffer.from(data, encoding);
      const err = handle.writeBuffer(req, buffer);
      if (err === 0) req.buffer = buffer;
      return err;
    }
  }
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const err = dispatchWrite(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

// The encodings the C writev encodes itself; chunks in others become buffers here.
const writevEncodings = new Set(['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2',
                                 'utf16le', 'utf-16le', 'buffer']);

// data: the Writable's [{ chunk, encoding }, ...] (with `allBuffers`).
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      let { chunk, encoding } = data[i];
      if (typeof chunk === 'string' && !writevEncodings.has(encoding)) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = encoding;
    }
  }
  const err = req.handle.writev(req, chunks, allBuffers);
  // the buffers must outlive an asynchronous write
  if (err === 0) req._chunks = chunks;
  afterWriteDispatched(req, err, cb);
  return req;
}

// handle.onread: `this` is the handle; the byte count (or a negative code) is in the shared
// state. With a user buffer (net's `onread` option), the bytes are in that buffer and the
// callback may return the next one.
function onStreamRead(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  const handle = this;
  const stream = this[owner_symbol];
  stream[kUpdateTimer]();
  if (nread > 0 && !stream.destroyed) {
    let keepReading;
    let next;
    const userBuf = stream[kBuffer];
    if (userBuf) {
      keepReading = stream[kBufferCb](nread, userBuf) !== false;
      const gen = stream[kBufferGen];
      if (gen !== null) {
        const buf = gen();
        if (buf instanceof Uint8Array) stream[kBuffer] = next = buf;
      }
    } else {
      const offset = streamBaseState[kArrayBufferOffset];
      keepReading = stream.push(new FastBuffer(arrayBuffer, offset, nread));
    }
    if (!keepReading) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return next;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // The end: 'end' first, then whatever closes the stream.
  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    stream.push(null);
    stream.read(0);
  }
}

function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  // A timer is dropped in both cases: a new one replaces it.
  clearTimeout(this[kTimeout]);
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setUnrefTimeout(this._onTimeout.bind(this), msecs);
    if (this[kSession]) this[kSession][kUpdateTimer]();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

module.exports = {
  writevGeneric,
  writeGeneric,
  onStreamRead,
  kAfterAsyncWrite,
  kMaybeDestroy,
  kUpdateTimer,
  kHandle,
  kSession,
  setStreamTimeout,
  kBuffer,
  kBufferCb,
  kBufferGen,
  owner_symbol,
};
