'use strict';
// What the web streams (lib/internal/webstreams/*.js) share: the brand symbols, queues with
// sizes (streams.spec.whatwg.org "queue-with-sizes"), queuing strategy extraction, ArrayBuffer
// transfer and the util.inspect form of the stream objects.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { customInspectSymbol: kInspect } = require('internal/util');

// Every stream object keeps its spec "internal slots" in obj[kState]; obj[kType] names its
// interface, which is how the brand checks and the Node stream helpers tell them apart.
const kState = Symbol('kState');
const kType = Symbol('kType');

const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

function isBrand(value, type) {
  return value !== null && typeof value === 'object' && value[kType] === type;
}

// Object.prototype.toString of typed arrays is not enough: a view's kind comes from
// %TypedArray%.prototype[@@toStringTag], undefined for a DataView.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isDataView(view) {
  return ArrayBuffer.isView(view) && typedArrayTag.call(view) === undefined;
}

// The constructor for a view of the same kind: chunks handed to byte stream readers are views
// of the reader's type over transferred buffers.
function viewConstructor(view) {
  const tag = typedArrayTag.call(view);
  return tag === undefined ? DataView : globalThis[tag];
}

function viewElementSize(view) {
  return isDataView(view) ? 1 : view.BYTES_PER_ELEMENT;
}

function viewLength(view) {
  return isDataView(view) ? view.byteLength : view.length;
}

let transferBinding;
let isDetachedBinding;

function isArrayBufferDetached(buffer) {
  if (isDetachedBinding === undefined) {
    isDetachedBinding = internalBinding('util').isArrayBufferDetached;
  }
  return isDetachedBinding(buffer);
}

// The spec's TransferArrayBuffer: the bytes move to a new ArrayBuffer and `buffer` is
// detached, so that a reader cannot see later writes into a chunk it was handed.
function transferArrayBuffer(buffer) {
  if (transferBinding === undefined) {
    transferBinding = internalBinding('util').transferArrayBuffer;
  }
  return transferBinding(buffer);
}

function canTransferArrayBuffer(buffer) {
  // A SharedArrayBuffer cannot be transferred, nor can a detached one.
  return !isSharedArrayBuffer(buffer) && !isArrayBufferDetached(buffer);
}

let isSharedArrayBufferBinding;
function isSharedArrayBuffer(buffer) {
  if (isSharedArrayBufferBinding === undefined) {
    isSharedArrayBufferBinding = internalBinding('types').isSharedArrayBuffer;
  }
  return isSharedArrayBufferBinding(buffer);
}

// -- queue with sizes --
// A ring of [value, size] pairs would be faster to shift; an array with a head index is
// enough and keeps shift O(1) amortised.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  get length() { return this.items.length - this.head; }
  push(item) { this.items.push(item); }
  peek() { return this.items[this.head]; }
  peekLast() { return this.items[this.items.length - 1]; }
  at(index) { return this.items[this.head + index]; }
  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  clear() {
    this.items = [];
    this.head = 0;
  }
}

function dequeueValue(container) {
  const { value, size } = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - size);
  return value;
}

function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue.clear();
  container.queueTotalSize = 0;
}

// -- strategies --
function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function defaultSize() { return 1; }

function extractSizeAlgorithm(size) {
  if (size === undefined) return defaultSize;
  if (typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return (chunk) => size(chunk);
}

// Validates a callback member of an underlying source, sink or transformer and binds it.
function lookupCallback(dict, name, prefix) {
  const fn = dict?.[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${prefix}.${name}`, 'Function', fn);
  }
  return fn;
}

// Calls an optional callback of the underlying object and turns its result, or what it
// throws, into a promise (the spec's "invoke a callback function, then promise-resolve").
function invokePromise(fn, thisArg, args) {
  if (fn === undefined) return Promise.resolve();
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (error) {
    return Promise.reject(error);
  }
}

function setPromiseHandled(promise) {
  promise.then(undefined, nop);
}

function nop() {}

// `settled` tells whether resolve or reject was called (the spec asks whether a writer's
// ready and closed promises are still pending).
function createDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  deferred.promise = new Promise((resolve, reject) => {
    deferred.resolve = (value) => {
      deferred.settled = true;
      resolve(value);
    };
    deferred.reject = (reason) => {
      deferred.settled = true;
      reject(reason);
    };
  });
  return deferred;
}

// util.inspect of a stream object: `Name { ... }` with the given data, one level deeper.
let inspect;
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

function validateBufferSource(value, name) {
  if (!isArrayBufferView(value) && !isAnyArrayBuffer(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
                                   value);
  }
}

module.exports = {
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
  peekQueueValue,
  resetQueue,
  setPromiseHandled,
  transferArrayBuffer,
  typedArrayTag,
  validateBufferSource,
  viewConstructor,
  viewElementSize,
  viewLength,
};
