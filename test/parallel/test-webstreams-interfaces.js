'use strict';
// The web stream interfaces: globals and stream/web exports, WebIDL shape (enumerable
// members, Symbol.toStringTag, lengths), brand checks, illegal constructors, and the
// util.inspect form of each object.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const web = require('stream/web');

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
  'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
  'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
  'TextDecoderStream',
];
for (const name of names) {
  assert.strictEqual(web[name], globalThis[name], name);
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false);
  if (!name.startsWith('Text')) {
    assert.strictEqual(Object.prototype.toString.call(web[name].prototype), `[object ${name}]`);
  }
}

assert.deepStrictEqual(Object.keys(ReadableStream.prototype),
                       ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee',
                        'values']);
assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator],
                   ReadableStream.prototype.values);
assert.strictEqual(ReadableStream.length, 0);
assert.strictEqual(ReadableStream.prototype.pipeTo.length, 1);
assert.strictEqual(WritableStreamDefaultWriter.prototype.write.length, 0);
assert.strictEqual(typeof ReadableStream.from, 'function');

for (const ctor of [ReadableStreamDefaultController, ReadableByteStreamController,
                    ReadableStreamBYOBRequest, WritableStreamDefaultController,
                    TransformStreamDefaultController]) {
  assert.throws(() => new ctor(), {
    name: 'TypeError',
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    message: 'Illegal constructor',
  });
}

assert.throws(() => ReadableStream.prototype.getReader.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type ReadableStream',
});
assert.throws(() => Object.getOwnPropertyDescriptor(WritableStream.prototype, 'locked').get
  .call(new ReadableStream()), { code: 'ERR_INVALID_THIS' });
assert.rejects(ReadableStream.prototype.cancel.call(1), { code: 'ERR_INVALID_THIS' })
  .then(common.mustCall());
assert.throws(() => Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'encoding')
  .get.call({}), { message: 'Value of "this" must be of type TextEncoderStream' });

assert.strictEqual(util.inspect(new ReadableStream()),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
assert.strictEqual(util.inspect(new ReadableStream({ type: 'bytes' })),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
assert.strictEqual(util.inspect(new WritableStream()),
                   "WritableStream { locked: false, state: 'writable' }");
assert.strictEqual(util.inspect(new CountQueuingStrategy({ highWaterMark: 3 })),
                   'CountQueuingStrategy { highWaterMark: 3 }');
assert.strictEqual(
  util.inspect(new ReadableStream().getReader()),
  'ReadableStreamDefaultReader {\n' +
  "  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },\n" +
  '  readRequests: 0,\n' +
  '  close: Promise { <pending> }\n' +
  '}');
assert.strictEqual(
  util.inspect(new WritableStream().getWriter()),
  'WritableStreamDefaultWriter {\n' +
  "  stream: WritableStream { locked: true, state: 'writable' },\n" +
  '  close: Promise { <pending> },\n' +
  '  ready: Promise { undefined },\n' +
  '  desiredSize: 1\n' +
  '}');
assert.strictEqual(
  util.inspect(new TransformStream()),
  'TransformStream {\n' +
  "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\n" +
  "  writable: WritableStream { locked: false, state: 'writable' },\n" +
  '  backpressure: true\n' +
  '}');
new ReadableStream({
  start: common.mustCall((controller) => {
    assert.strictEqual(util.inspect(controller), 'ReadableStreamDefaultController {}');
  }),
});
new WritableStream({
  start: common.mustCall((controller) => {
    assert.strictEqual(util.inspect(controller),
                       'WritableStreamDefaultController ' +
                       "{ stream: WritableStream { locked: false, state: 'writable' } }");
  }),
});
