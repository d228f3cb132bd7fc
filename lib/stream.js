'use strict';
// The stream module: the legacy Stream constructor is the module itself, with Readable,
// Writable, Duplex, Transform, PassThrough, pipeline, finished, compose, addAbortSignal and
// the stream state helpers hanging off it.

const { isUint8Array } = require('internal/util/types');
const { Buffer } = require('buffer');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');
const { addAbortSignal } = require('internal/streams/add-abort-signal');

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function getPromises() {
  promises ??= require('stream/promises');
  return promises;
}

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: getPromises,
});

// util.promisify(stream.pipeline) and util.promisify(stream.finished) are the promise forms.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return getPromises().pipeline; },
});
Object.defineProperty(eos, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return getPromises().finished; },
});

// Backwards-compatible with the older `require('stream').Stream`.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
