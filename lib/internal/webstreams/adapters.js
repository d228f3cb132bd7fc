'use strict';
// The bridges between Node streams (lib/internal/streams/) and web streams: Readable.fromWeb
// and toWeb, Writable.fromWeb and toWeb, Duplex.fromWeb and toWeb.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateObject,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { Buffer } = require('buffer');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer: destroy } = require('internal/streams/destroy');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const { createDeferred, nop } = require('internal/webstreams/util');

let Readable;
let Writable;
let Duplex;
function lazyNodeStreams() {
  if (Readable === undefined) {
    Readable = require('internal/streams/readable');
    Writable = require('internal/streams/writable');
    Duplex = require('internal/streams/duplex');
  }
}

// A stream that ended on its own before its end was seen ('close' without 'end'/'finish')
// becomes an AbortError for the web side, as in Node.
function webErrorOf(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AbortError(undefined, { cause: error });
  }
  return error;
}

// A callback of a Node stream must not throw into a promise chain: what it throws goes to the
// next tick, where it is uncaught, or destroys `stream`.
function callSafely(callback, error, stream) {
  try {
    callback(error);
  } catch (thrown) {
    if (stream !== undefined) process.nextTick(() => destroy(stream, thrown));
    else process.nextTick(() => { throw thrown; });
  }
}

function validateReadableOptions(options) {
  validateObject(options, 'options');
  const { encoding, objectMode = false } = options;
  // Node 20 reports the two the other way round; kept so that the message is the same.
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  validateBoolean(objectMode, 'options.objectMode');
}

function canceledReadableStream() {
  const readable = new ReadableStream();
  readable.cancel();
  return readable;
}

function closedWritableStream() {
  const writable = new WritableStream();
  writable.close();
  return writable;
}

// Readable.toWeb: a ReadableStream fed by the Readable's 'data' events, pausing the Readable
// while the web stream's queue is full.
function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    return canceledReadableStream();
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options?.strategy;
  if (!strategy) {
    strategy = objectMode ?
      new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark });
  }

  let controller;
  let canceled = false;

  function onData(chunk) {
    // A copy: the Buffer may be a slice of a pool the Readable reuses.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  const cleanup = eos(streamReadable, (error) => {
    cleanup();
    // Errors after this point are the web stream's to report, not uncaught ones.
    streamReadable.on('error', nop);
    if (canceled) return;
    if (error) {
      controller.error(webErrorOf(error));
      return;
    }
    try {
      controller.close();
    } catch {
      // Closed already by a cancel.
    }
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      canceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

// Readable.fromWeb: a Readable whose _read reads one chunk from the stream's reader.
function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateReadableOptions(options);
  lazyNodeStreams();
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });

  return readable;
}

// Writable.toWeb: a WritableStream whose sink writes to the Writable, waiting for 'drain'
// when write() asks to.
function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    return closedWritableStream();
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressure;
  let closing;

  const cleanup = eos(streamWritable, (error) => {
    cleanup();
    streamWritable.on('error', nop);
    if (error != null) {
      error = webErrorOf(error);
      if (backpressure !== undefined) backpressure.reject(error);
      if (closing !== undefined) {
        closing.reject(error);
        closing = undefined;
      }
      controller?.error(error);
      controller = undefined;
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    controller?.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', () => backpressure?.resolve());

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closing === undefined && !isWritableEnded(streamWritable)) {
        closing = createDeferred();
        streamWritable.end();
        return closing.promise;
      }
      controller = undefined;
    },
  }, strategy);
}

// The write side shared by Writable.fromWeb and Duplex.fromWeb: _write, _writev and _final
// over a writer of the WritableStream.
function writerMethods(writer, options, getStream, isClosed) {
  const { decodeStrings = true, objectMode = false } = options;
  return {
    writev(chunks, callback) {
      const done = (error) => callSafely(callback, error, getStream());
      writer.ready.then(() => Promise.all(chunks.map(({ chunk }) => writer.write(chunk)))
        .then(() => done(), done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buffer = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      }
      const done = (error) => callSafely(callback, error, getStream());
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    final(callback) {
      const done = (error) => callSafely(callback, error, getStream());
      if (!isClosed()) writer.close().then(() => done(), done);
    },
  };
}

// Writable.fromWeb: a Writable writing into the stream through a writer.
function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  lazyNodeStreams();
  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    ...writerMethods(writer, options, () => writable, () => closed),
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });

  return writable;
}

// Duplex.toWeb: { readable, writable } over the two sides of the Duplex.
function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' ||
      typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    return { readable: canceledReadableStream(), writable: closedWritableStream() };
  }
  const writable = isWritable(duplex) ?
    newWritableStreamFromStreamWritable(duplex) : closedWritableStream();
  const readable = isReadable(duplex) ?
    newReadableStreamFromStreamReadable(duplex) : canceledReadableStream();
  return { writable, readable };
}

// Duplex.fromWeb: a Duplex reading from pair.readable and writing into pair.writable.
function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateReadableOptions(options);
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(decodeStrings, 'options.decodeStrings');
  lazyNodeStreams();
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    ...writerMethods(writer, options, () => duplex, () => writableClosed),
    read() {
      reader.read().then(({ value, done }) => {
        if (done) duplex.push(null);
        else duplex.push(value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error);
      if (writableClosed && readableClosed) {
        done();
        return;
      }
      const closeWriter = writableClosed ? undefined : writer.abort(error);
      const closeReader = readableClosed ? undefined : reader.cancel(error);
      Promise.all([closeWriter, closeReader]).then(done, done);
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
};
