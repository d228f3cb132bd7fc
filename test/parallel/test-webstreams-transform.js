'use strict';
// TransformStream: transform/flush/cancel of the transformer, the identity transform,
// back-pressure between the two sides, terminate(), errors, and pipeThrough.
const common = require('../common');
const assert = require('assert');

(async () => {
  const ts = new TransformStream({
    start: common.mustCall((controller) => assert.strictEqual(controller.desiredSize, 0)),
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
    flush: common.mustCall((controller) => controller.enqueue('!')),
  });
  const out = [];
  await ReadableStream.from(['a', 'b'])
    .pipeThrough(ts)
    .pipeTo(new WritableStream({ write(chunk) { out.push(chunk); } }));
  assert.deepStrictEqual(out, ['A', 'B', '!']);
})().then(common.mustCall());

(async () => {
  // The identity transform and back-pressure: a write waits until the readable side pulls.
  const ts = new TransformStream();
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  assert.strictEqual(writer.desiredSize, 1);
  let written = false;
  const write = writer.write('x').then(() => { written = true; });
  await new Promise(setImmediate);
  assert.strictEqual(written, false);
  assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });
  await write;
  writer.close();
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
})().then(common.mustCall());

(async () => {
  // A throwing transform errors both sides.
  const error = new Error('transform');
  const ts = new TransformStream({ transform() { throw error; } });
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  await Promise.all([
    assert.rejects(writer.write(1), error),
    assert.rejects(reader.read(), error),
  ]);
  await assert.rejects(writer.closed, error);
})().then(common.mustCall());

(async () => {
  // terminate() closes the readable side and errors the writable side.
  let controller;
  const ts = new TransformStream({ start(c) { controller = c; } });
  controller.terminate();
  assert.throws(() => controller.enqueue(1), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: Unable to enqueue',
  });
  assert.deepStrictEqual(await ts.readable.getReader().read(), { value: undefined, done: true });
  await assert.rejects(ts.writable.getWriter().write(1), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: TransformStream has been terminated',
  });
})().then(common.mustCall());

(async () => {
  // Cancelling the readable side and aborting the writable side call transformer.cancel.
  const ts = new TransformStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'cancelled')),
  });
  await ts.readable.cancel('cancelled');
  await assert.rejects(ts.writable.getWriter().write(1), (e) => e === 'cancelled');

  const ts2 = new TransformStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'aborted')),
  });
  await ts2.writable.abort('aborted');
  await assert.rejects(ts2.readable.getReader().read(), (e) => e === 'aborted');
})().then(common.mustCall());

assert.throws(() => new TransformStream(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'transformer.readableType' is invalid. Received 'bytes'",
});
assert.throws(() => new TransformStream({ transform: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "transformer.transform" property must be of type function. ' +
           'Received type number (1)',
});
{
  const rs = new ReadableStream();
  rs.getReader();
  assert.throws(() => rs.pipeThrough(new TransformStream()), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The ReadableStream is locked',
  });
  assert.throws(() => new ReadableStream().pipeThrough({ readable: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transform.readable" property must be an instance of ReadableStream. ' +
             'Received type number (1)',
  });
}
