'use strict';
// ReadableStream, its readers and controllers, after streams.spec.whatwg.org section 4 (the
// abstract operations keep the spec's names, in camelCase); the errors are Node 20's.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const {
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
} = require('internal/streams/utils');
const {
  Queue,
  canTransferArrayBuffer,
  createDeferred,
  customInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  invokePromise,
  isArrayBufferDetached,
  isBrand,
  isDataView,
  kInspect,
  kState,
  kType,
  lookupCallback,
  nop,
  resetQueue,
  setPromiseHandled,
  transferArrayBuffer,
  viewConstructor,
  viewElementSize,
  viewLength,
} = require('internal/webstreams/util');

// Set by writablestream.js when it loads (it requires this file): the pipeTo algorithm works
// on the writable side's internals.
let writable;
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

const kSkipThrow = Symbol('kSkipThrow');

const isReadableStream = (value) => isBrand(value, 'ReadableStream');
const isDefaultReader = (value) => isBrand(value, 'ReadableStreamDefaultReader');
const isBYOBReader = (value) => isBrand(value, 'ReadableStreamBYOBReader');
const isDefaultController = (value) => isBrand(value, 'ReadableStreamDefaultController');
const isByteController = (value) => isBrand(value, 'ReadableByteStreamController');
const isBYOBRequest = (value) => isBrand(value, 'ReadableStreamBYOBRequest');

function lazyReadableReleasedError() {
  return new ERR_INVALID_STATE.TypeError('Reader released');
}

function lazyReadableReleasingError() {
  return new ERR_INVALID_STATE.TypeError('Releasing reader');
}

// -- ReadableStream --

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === undefined) source = null;
    else validateObject(source, 'source', kValidateObjectAllowObjects);
    if (strategy === undefined) strategy = null;
    else validateObject(strategy, 'strategy', kValidateObjectAllowObjectsAndNull);
    initializeReadableStream(this);
    const type = source?.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy?.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 0);
      setUpReadableByteStreamControllerFromSource(this, source, highWaterMark);
      return;
    }
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    setUpReadableStreamDefaultControllerFromSource(this, source, highWaterMark, size);
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    }
    if (isReadableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowObjects);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const dest = transform?.writable;
    const { isWritableStream, isWritableStreamLocked } = lazyWritable();
    if (!isWritableStream(dest)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    }
    const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (isWritableStreamLocked(dest)) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, dest, preventClose, preventAbort, preventCancel,
                                         signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      const { isWritableStream, isWritableStreamLocked } = lazyWritable();
      if (!isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (isWritableStreamLocked(destination)) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, preventClose, preventAbort,
                                  preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined) validateObject(options, 'options');
    const preventCancel = !!options?.preventCancel;
    return createAsyncIterator(this, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isByteController(this[kState].controller),
    });
  }
}

Object.defineProperty(ReadableStream, 'from', { __proto__: null, enumerable: true });
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});

function pipeOptions(options) {
  if (options === undefined || options === null) {
    return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
  }
  validateObject(options, 'options', kValidateObjectAllowObjects);
  const { preventAbort, preventCancel, preventClose, signal } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: !!preventAbort,
    preventCancel: !!preventCancel,
    preventClose: !!preventClose,
    signal,
  };
}

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = nop;
}

// A stream set up by the other algorithms of the spec (tee branches, transform streams,
// ReadableStream.from), with algorithms rather than an underlying source object.
function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpReadableStreamDefaultController(stream, controller, start, pull, cancel, highWaterMark,
                                       size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Object.create(ReadableByteStreamController.prototype);
  setUpReadableByteStreamController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = new Queue();
    while (requests.length > 0) requests.shift().close(undefined);
  }
  return state.controller[kCancel](reason).then(nop);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = new Queue();
    while (requests.length > 0) requests.shift().close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  const closed = reader[kState].closed;
  closed.reject(error);
  setPromiseHandled(closed.promise);
  if (isDefaultReader(reader)) readableStreamDefaultReaderErrorReadRequests(reader, error);
  else readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
}

function readableStreamAddReadRequest(stream, request) {
  stream[kState].reader[kState].readRequests.push(request);
}

function readableStreamAddReadIntoRequest(stream, request) {
  stream[kState].reader[kState].readIntoRequests.push(request);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  return isDefaultReader(stream[kState].reader);
}

function readableStreamHasBYOBReader(stream) {
  return isBYOBReader(stream[kState].reader);
}

// -- readers --

function readableStreamReaderGenericInitialize(reader, stream) {
  const readerState = reader[kState];
  readerState.stream = stream;
  stream[kState].reader = reader;
  readerState.closed = createDeferred();
  const state = stream[kState].state;
  if (state === 'closed') {
    readerState.closed.resolve();
  } else if (state === 'errored') {
    readerState.closed.reject(stream[kState].storedError);
    setPromiseHandled(readerState.closed.promise);
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const readerState = reader[kState];
  const stream = readerState.stream;
  if (stream[kState].state === 'readable') {
    readerState.closed.reject(lazyReadableReleasedError());
  } else {
    readerState.closed = createDeferred();
    readerState.closed.reject(lazyReadableReleasedError());
  }
  setPromiseHandled(readerState.closed.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  readerState.stream = undefined;
}

function readerClosedGetter(reader) {
  return reader[kState].closed.promise;
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closed: undefined, readRequests: new Queue() };
    setUpReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const request = new DefaultReadRequest();
    readableStreamDefaultReaderRead(this, request);
    return request.promise;
  }

  releaseLock() {
    if (!isDefaultReader(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return readerClosedGetter(this);
  }

  cancel(reason = undefined) {
    if (!isDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

// A read request that settles reader.read()'s promise.
class DefaultReadRequest {
  constructor() {
    const { promise, resolve, reject } = createDeferred();
    this.promise = promise;
    this.resolve = resolve;
    this.reject = reject;
  }
  chunk(value) { this.resolve({ value, done: false }); }
  close() { this.resolve({ value: undefined, done: true }); }
  error(error) { this.reject(error); }
}

class ReadIntoRequest {
  constructor() {
    const { promise, resolve, reject } = createDeferred();
    this.promise = promise;
    this.resolve = resolve;
    this.reject = reject;
  }
  chunk(value) { this.resolve({ value, done: false }); }
  close(value) { this.resolve({ value, done: true }); }
  error(error) { this.reject(error); }
}

function setUpReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = new Queue();
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') request.close();
  else if (state.state === 'errored') request.error(state.storedError);
  else state.controller[kPull](request);
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, lazyReadableReleasingError());
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = new Queue();
  while (requests.length > 0) requests.shift().error(error);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: new Queue() };
    setUpReadableStreamBYOBReader(this, stream);
  }

  read(view, options = undefined) {
    if (!isBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (!isArrayBufferView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view',
                                                     ['Buffer', 'TypedArray', 'DataView'],
                                                     view));
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('options', 'Object', options));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 ||
        isArrayBufferDetached(view.buffer)) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = 1;
    if (options?.min !== undefined) {
      min = Math.trunc(+options.min);
      if (!(min > 0) || !Number.isFinite(min)) {
        return Promise.reject(new ERR_INVALID_ARG_VALUE('options.min', options.min,
                                                        'must be greater than 0'));
      }
    }
    if (isDataView(view)) {
      if (min > view.byteLength) {
        return Promise.reject(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
      }
    } else if (min > view.length) {
      return Promise.reject(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return byobReaderReadAsync(this, view, min);
  }

  releaseLock() {
    if (!isBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return readerClosedGetter(this);
  }

  cancel(reason = undefined) {
    if (!isBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].closed.promise,
    });
  }
}

// As in Node 20, a BYOB read settles two microtask turns after its request does.
async function byobReaderReadAsync(reader, view, min) {
  const request = new ReadIntoRequest();
  readableStreamBYOBReaderRead(reader, view, min, request);
  return request.promise;
}

function setUpReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  if (!isByteController(stream[kState].controller)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = new Queue();
}

function readableStreamBYOBReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'errored') request.error(state.storedError);
  else readableByteStreamControllerPullInto(state.controller, view, min, request);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, lazyReadableReleasingError());
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = new Queue();
  while (requests.length > 0) requests.shift().error(error);
}

// -- controllers: the internal methods the streams call --
const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');

class ReadableStreamDefaultController {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    const state = this[kState];
    resetQueue(state);
    const result = state.cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPull](request) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queue.length > 0) {
      const chunk = dequeueValue(state);
      if (state.closeRequested && state.queue.length === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      request.chunk(chunk);
      return;
    }
    readableStreamAddReadRequest(stream, request);
    readableStreamDefaultControllerCallPullIfNeeded(this);
  }

  [kRelease]() {}

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

function setUpReadableStreamDefaultController(stream, controller, start, pull, cancel,
                                              highWaterMark, size) {
  controller[kType] = 'ReadableStreamDefaultController';
  controller[kState] = {
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm: size,
    highWaterMark,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => readableStreamDefaultControllerError(controller,
                                                                                     error);
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function setUpReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, size) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const start = source?.start;
  const pull = lookupCallback(source, 'pull', 'source');
  const cancel = lookupCallback(source, 'cancel', 'source');
  // Node binds start up front: a start that is not a function fails in bind().
  const startAlgorithm = start !== undefined ?
    Function.prototype.bind.call(start, source) : nop;
  setUpReadableStreamDefaultController(
    stream, controller,
    startAlgorithm,
    pull !== undefined ? () => invokePromise(pull, source, [controller]) : () => Promise.resolve(),
    cancel !== undefined ?
      (reason) => invokePromise(cancel, source, [reason]) : () => Promise.resolve(),
    highWaterMark, size);
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!state.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (state.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.sizeAlgorithm(chunk);
      enqueueValueWithSize(state, chunk, size);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(state);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

// -- byte streams --

class ReadableStreamBYOBRequest {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    bytesWritten = toUnsignedLongLong(bytesWritten);
    if (isArrayBufferDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isArrayBufferDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

// WebIDL's [EnforceRange] unsigned long long, as far as respond() needs it: a negative or
// fractional count is truncated towards zero, as Node does.
function toUnsignedLongLong(value) {
  value = Math.trunc(+value);
  return Number.isNaN(value) || value < 0 ? 0 : value;
}

class ReadableByteStreamController {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 ||
        isArrayBufferDetached(chunk.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kCancel](reason) {
    const state = this[kState];
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(state);
    const result = state.cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPull](request) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, request);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (error) {
        request.error(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer,
        bufferByteLength: size,
        byteOffset: 0,
        byteLength: size,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        viewConstructor: Uint8Array,
        readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, request);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kRelease]() {
    const state = this[kState];
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

function setUpReadableByteStreamController(stream, controller, start, pull, cancel,
                                           highWaterMark, autoAllocateChunkSize) {
  controller[kType] = 'ReadableByteStreamController';
  controller[kState] = {
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    highWaterMark,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => readableByteStreamControllerError(controller,
                                                                                  error);
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => readableByteStreamControllerError(controller, error));
}

function setUpReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const start = source?.start;
  const pull = lookupCallback(source, 'pull', 'source');
  const cancel = lookupCallback(source, 'cancel', 'source');
  let autoAllocateChunkSize = source?.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const size = +autoAllocateChunkSize;
    if (!Number.isInteger(size) || size <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = size;
  }
  const startAlgorithm = start !== undefined ?
    Function.prototype.bind.call(start, source) : nop;
  setUpReadableByteStreamController(
    stream, controller,
    startAlgorithm,
    pull !== undefined ? () => invokePromise(pull, source, [controller]) : () => Promise.resolve(),
    cancel !== undefined ?
      (reason) => invokePromise(cancel, source, [reason]) : () => Promise.resolve(),
    highWaterMark, autoAllocateChunkSize);
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableByteStreamControllerError(controller, error));
}

function readableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return false;
  if (state.closeRequested) return false;
  if (!state.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) {
    return true;
  }
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerConvertPullIntoDescriptor(descriptor) {
  const { bytesFilled, elementSize } = descriptor;
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new descriptor.viewConstructor(buffer, descriptor.byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isArrayBufferDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  }
  const transferredBuffer = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isArrayBufferDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached and so cannot be ' +
                         'filled with an enqueued chunk');
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset,
                                                      byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) {
        readableByteStreamControllerShiftPendingPullInto(controller);
      }
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset,
                                                    byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset,
                                                    byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset,
                                                         byteLength) {
  const state = controller[kState];
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset,
                                                               byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer,
                                                          descriptor.byteOffset,
                                                          descriptor.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize,
                                  descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % descriptor.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= descriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    new Uint8Array(descriptor.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    descriptor.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, request) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kSkipThrow);
    request[kType] = 'ReadableStreamBYOBRequest';
    request[kState] = { controller, view };
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) break;
    const descriptor = state.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(descriptor);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    const request = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, request);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, request) {
  const state = controller[kState];
  const stream = state.stream;
  const elementSize = viewElementSize(view);
  const ctor = viewConstructor(view);
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    request.error(error);
    return;
  }
  const descriptor = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: ctor,
    readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(descriptor);
    readableStreamAddReadIntoRequest(stream, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new ctor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
      readableByteStreamControllerHandleQueueDrain(controller);
      request.chunk(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
      readableByteStreamControllerError(controller, error);
      request.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(descriptor);
  readableStreamAddReadIntoRequest(stream, request);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  const state = controller[kState];
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = state.stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < readableStreamGetNumReadIntoRequests(stream)) {
      filled.push(readableByteStreamControllerShiftPendingPullInto(controller));
    }
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten,
                                                            descriptor) {
  const stream = controller[kState].stream;
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, descriptor);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
  if (remainderSize > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer,
                                                          end - remainderSize, remainderSize);
  }
  descriptor.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
  for (let i = 0; i < filled.length; i++) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_ARG_VALUE('view', view);
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view);
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(state);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

// -- tee --

function readableStreamTee(stream, cloneForBranch2) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  if (isByteController(stream[kState].controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        // Later, so that an error of the source seen in the same turn wins over the chunk.
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk2);
            } catch (error) {
              readableStreamDefaultControllerError(branch1[kState].controller, error);
              readableStreamDefaultControllerError(branch2[kState].controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  };

  const cancel1Algorithm = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2Algorithm = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  branch1 = createReadableStream(nop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(nop, pullAlgorithm, cancel2Algorithm);

  reader[kState].closed.promise.then(undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

function cloneAsUint8Array(view) {
  const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

function readableByteStreamTee(stream) {
  let reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  const controllerOf = (branch) => branch[kState].controller;

  function forwardReaderError(thisReader) {
    thisReader[kState].closed.promise.then(undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(controllerOf(branch1), error);
      readableByteStreamControllerError(controllerOf(branch2), error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function cloneFailed(error) {
    readableByteStreamControllerError(controllerOf(branch1), error);
    readableByteStreamControllerError(controllerOf(branch2), error);
    cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function pullWithDefaultReader() {
    if (isBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = acquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              cloneFailed(error);
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(controllerOf(branch1), chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(controllerOf(branch2), chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(controllerOf(branch1));
        if (!canceled2) readableByteStreamControllerClose(controllerOf(branch2));
        if (controllerOf(branch1)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(controllerOf(branch1), 0);
        }
        if (controllerOf(branch2)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(controllerOf(branch2), 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (error) {
              cloneFailed(error);
              return;
            }
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
            }
            readableByteStreamControllerEnqueue(controllerOf(otherBranch), cloned);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(controllerOf(byobBranch));
        if (!otherCanceled) readableByteStreamControllerClose(controllerOf(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          if (!otherCanceled &&
              controllerOf(otherBranch)[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(controllerOf(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(controllerOf(branch1));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return Promise.resolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(controllerOf(branch2));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return Promise.resolve();
  }

  const cancel1Algorithm = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2Algorithm = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  branch1 = createReadableByteStream(nop, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(nop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// -- pipeTo --

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const {
    acquireWritableStreamDefaultWriter,
    writableStreamAbort,
    writableStreamCloseQueuedOrInFlight,
    writableStreamDefaultWriterCloseWithErrorPropagation,
    writableStreamDefaultWriterRelease,
    writableStreamDefaultWriterWrite,
  } = lazyWritable();
  const reader = acquireReadableStreamDefaultReader(source);
  const writer = acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = createDeferred();
  let abortAlgorithm;

  const sourceState = source[kState];
  const destState = dest[kState];

  function finalize(isError, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  }

  // Resolves once every chunk read so far has been written (or failed to be).
  function waitForCurrentWrite() {
    const write = currentWrite;
    return write.then(() => (write !== currentWrite ? waitForCurrentWrite() : undefined));
  }

  function shouldWaitForWrites() {
    return destState.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      let promise;
      try {
        promise = Promise.resolve(action());
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then(() => finalize(originalIsError, originalError),
                   (error) => finalize(true, error));
    };
    if (shouldWaitForWrites()) waitForCurrentWrite().then(doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (shouldWaitForWrites()) waitForCurrentWrite().then(() => finalize(isError, error));
    else finalize(isError, error);
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (destState.state === 'writable' ?
          writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (sourceState.state === 'readable' ?
          readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // Errors must be propagated forward.
  const onSourceErrored = (storedError) => {
    if (!preventAbort) {
      shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  // Errors must be propagated backward.
  const onDestErrored = (storedError) => {
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  // Closing must be propagated forward.
  const onSourceClosed = () => {
    if (!preventClose) {
      shutdownWithAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };

  if (sourceState.state === 'errored') onSourceErrored(sourceState.storedError);
  else reader[kState].closed.promise.then(undefined, onSourceErrored);

  if (destState.state === 'errored') onDestErrored(destState.storedError);
  else writer[kState].closed.promise.then(undefined, onDestErrored);

  if (sourceState.state === 'closed') onSourceClosed();
  else reader[kState].closed.promise.then(onSourceClosed, nop);

  // Closing must be propagated backward.
  if (writableStreamCloseQueuedOrInFlight(dest) || destState.state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }

  // One step: wait for room in the destination, read a chunk and start writing it.
  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer[kState].ready.promise.then(() => new Promise((resolve, reject) => {
      if (shuttingDown) {
        resolve(true);
        return;
      }
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = writableStreamDefaultWriterWrite(writer, chunk).then(undefined, nop);
          resolve(false);
        },
        close() { resolve(true); },
        error: reject,
      });
    }));
  }

  function pipeLoop() {
    pipeStep().then((done) => {
      if (!done) pipeLoop();
    }, nop);
  }
  pipeLoop();

  return result.promise;
}

// -- async iteration --

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let ongoing;
  let isFinished = false;

  // Node 20's iteration results at the end are { done, value }, in that order.
  function nextSteps() {
    if (isFinished) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(reader, {
      chunk(value) { resolve({ value, done: false }); },
      close() {
        readableStreamDefaultReaderRelease(reader);
        resolve({ done: true, value: undefined });
      },
      error(error) {
        readableStreamDefaultReaderRelease(reader);
        reject(error);
      },
    });
    return promise.then((result) => {
      ongoing = undefined;
      if (result.done) isFinished = true;
      return result;
    }, (error) => {
      ongoing = undefined;
      isFinished = true;
      throw error;
    });
  }

  function returnSteps(value) {
    if (isFinished) return Promise.resolve({ done: true, value });
    isFinished = true;
    if (reader[kState].stream === undefined) {
      return Promise.resolve({ done: true, value });
    }
    if (!preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamDefaultReaderRelease(reader);
      return result.then(() => ({ done: true, value }));
    }
    readableStreamDefaultReaderRelease(reader);
    return Promise.resolve({ done: true, value });
  }

  const iterator = {
    next() {
      ongoing = ongoing !== undefined ? ongoing.then(nextSteps, nextSteps) : nextSteps();
      return ongoing;
    },
    return(value = undefined) {
      const steps = () => returnSteps(value);
      return ongoing !== undefined ? ongoing.then(steps, steps) : steps();
    },
    [Symbol.asyncIterator]() { return this; },
  };
  Object.setPrototypeOf(iterator, AsyncIteratorPrototype);
  return iterator;
}

// -- ReadableStream.from --

function getAsyncIterator(iterable) {
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    const iterator = Reflect.apply(asyncMethod, iterable, []);
    if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    return { iterator, next: iterator.next };
  }
  const syncMethod = iterable[Symbol.iterator];
  if (typeof syncMethod !== 'function') {
    let name = iterable;
    try {
      name = require('internal/util/inspect').inspect(iterable);
    } catch {
      // Keep the value itself.
    }
    throw new ERR_ARG_NOT_ITERABLE(name);
  }
  const syncIterator = Reflect.apply(syncMethod, iterable, []);
  if (syncIterator === null ||
      (typeof syncIterator !== 'object' && typeof syncIterator !== 'function')) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  const syncNext = syncIterator.next;
  // The spec's CreateAsyncFromSyncIterator: values are awaited, return is forwarded.
  const iterator = {
    next() {
      const result = Reflect.apply(syncNext, syncIterator, []);
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The iterator result must be an object');
      }
      const done = !!result.done;
      return Promise.resolve(result.value).then((value) => ({ value, done }));
    },
    return(reason) {
      const method = syncIterator.return;
      if (method === undefined || method === null) {
        return Promise.resolve({ value: reason, done: true });
      }
      const result = Reflect.apply(method, syncIterator, [reason]);
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The iterator result must be an object');
      }
      return Promise.resolve(result.value).then((value) => ({ value, done: true }));
    },
  };
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(iterable) {
  const record = getAsyncIterator(iterable);
  let stream;
  const pull = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(record.next, record.iterator, []);
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve(nextResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.next() method must fulfill with an object');
      }
      const controller = stream[kState].controller;
      if (result.done) readableStreamDefaultControllerClose(controller);
      else readableStreamDefaultControllerEnqueue(controller, result.value);
    });
  };
  const cancel = (reason) => {
    const iterator = record.iterator;
    let returnResult;
    try {
      const method = iterator.return;
      if (method === undefined || method === null) return Promise.resolve();
      returnResult = Reflect.apply(method, iterator, [reason]);
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve(returnResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(nop, pull, cancel, 0);
  return stream;
}

for (const [ctor, name] of [
  [ReadableStream, 'ReadableStream'],
  [ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'],
  [ReadableStreamBYOBReader, 'ReadableStreamBYOBReader'],
  [ReadableStreamDefaultController, 'ReadableStreamDefaultController'],
  [ReadableByteStreamController, 'ReadableByteStreamController'],
  [ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest'],
]) {
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
  for (const key of Object.getOwnPropertyNames(ctor.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(ctor.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(ctor.prototype, key, desc);
  }
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  acquireReadableStreamDefaultReader,
  createReadableStream,
  isReadableStream,
  isReadableStreamLocked,
  kSkipThrow,
  readableStreamCancel,
  readableStreamClose,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamError,
};
