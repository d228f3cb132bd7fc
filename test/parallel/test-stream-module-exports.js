'use strict';
// What require('stream') exports: the legacy Stream constructor with the stream classes and
// functions on it, stream/promises, the _stream_* aliases, and promisify hooks.
require('../common');
const assert = require('assert');
const util = require('util');
const stream = require('stream');

assert.deepStrictEqual(Object.keys(stream), [
  'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'Readable',
  'Writable', 'Duplex', 'Transform', 'PassThrough', 'duplexPair', 'pipeline',
  'addAbortSignal', 'finished', 'destroy', 'compose', 'setDefaultHighWaterMark',
  'getDefaultHighWaterMark', 'promises', 'Stream', '_isArrayBufferView', '_isUint8Array',
  '_uint8ArrayToBuffer',
]);
assert.strictEqual(stream.Stream, stream);
assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(require('stream/promises'), stream.promises);
assert.deepStrictEqual(Object.keys(stream.promises), ['finished', 'pipeline']);
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);
assert.strictEqual(util.promisify(stream.pipeline), stream.promises.pipeline);
assert.strictEqual(util.promisify(stream.finished), stream.promises.finished);

assert.strictEqual(stream.finished.name, 'eos');
assert.strictEqual(stream.destroy.name, 'destroyer');
assert.strictEqual(stream.pipeline.name, 'pipeline');

const buf = stream._uint8ArrayToBuffer(new Uint8Array([1, 2]));
assert.ok(Buffer.isBuffer(buf));
assert.deepStrictEqual([...buf], [1, 2]);
assert.strictEqual(stream._isUint8Array(Buffer.alloc(1)), true);
assert.strictEqual(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), true);

assert.deepStrictEqual(Object.getOwnPropertyNames(stream.Readable).sort(),
                       ['ReadableState', '_fromList', 'from', 'fromWeb', 'length', 'name',
                        'prototype', 'toWeb', 'wrap'].filter((n) => n in stream.Readable).sort());
assert.strictEqual(typeof stream.Readable.from, 'function');
assert.strictEqual(typeof stream.Duplex.from, 'function');
assert.strictEqual(typeof stream.Writable.WritableState, 'function');
