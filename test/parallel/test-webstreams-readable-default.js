'use strict';
// ReadableStream with a default controller: start/pull/cancel of the underlying source,
// the high-water mark and desiredSize, readers (read, releaseLock, closed, cancel) and the
// errors Node 20 gives for misuse.
const common = require('../common');
const assert = require('assert');

const stateError = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message });

(async () => {
  // pull is called until the queue reaches the high-water mark, then once per read.
  const pulls = [];
  let n = 0;
  const rs = new ReadableStream({
    start: common.mustCall(function(controller) {
      assert.strictEqual(controller.desiredSize, 2);
      assert.strictEqual(this.marker, 'source');
    }),
    pull(controller) {
      pulls.push(controller.desiredSize);
      if (n < 4) controller.enqueue(n++);
      else controller.close();
    },
    cancel: common.mustNotCall(),
    marker: 'source',
  }, { highWaterMark: 2 });
  await new Promise(setImmediate);
  assert.deepStrictEqual(pulls, [2, 1]);
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 0, done: false });
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  assert.deepStrictEqual(await reader.read(), { value: 2, done: false });
  assert.deepStrictEqual(await reader.read(), { value: 3, done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.strictEqual(await reader.closed, undefined);
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);
  await assert.rejects(reader.closed, stateError('Invalid state: Reader released'));
  await assert.rejects(reader.read(),
                       stateError('Invalid state: The reader is not attached to a stream'));
})().then(common.mustCall());

(async () => {
  // A custom size: desiredSize counts what size() returns; close waits for the queue.
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } },
                                { highWaterMark: 5, size: (chunk) => chunk.length });
  controller.enqueue('abc');
  assert.strictEqual(controller.desiredSize, 2);
  controller.enqueue('abcd');
  assert.strictEqual(controller.desiredSize, -2);
  controller.close();
  assert.throws(() => controller.enqueue('x'), stateError('Invalid state: Controller is already closed'));
  assert.throws(() => controller.close(), stateError('Invalid state: Controller is already closed'));
  const reader = rs.getReader();
  assert.strictEqual((await reader.read()).value, 'abc');
  assert.strictEqual((await reader.read()).value, 'abcd');
  assert.strictEqual(controller.desiredSize, 0);
  assert.strictEqual((await reader.read()).done, true);
})().then(common.mustCall());

(async () => {
  // cancel() reaches the source with the reason; pending reads end.
  const rs = new ReadableStream({
    cancel: common.mustCall((reason) => {
      assert.strictEqual(reason, 'why');
      return 'ignored';
    }),
  });
  const reader = rs.getReader();
  const pending = reader.read();
  assert.strictEqual(await reader.cancel('why'), undefined);
  assert.deepStrictEqual(await pending, { value: undefined, done: true });
})().then(common.mustCall());

(async () => {
  // An error from the controller rejects pending and later reads and the closed promise.
  const error = new Error('boom');
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  const pending = reader.read();
  controller.error(error);
  await assert.rejects(pending, error);
  await assert.rejects(reader.read(), error);
  await assert.rejects(reader.closed, error);
  assert.strictEqual(controller.desiredSize, null);
  await assert.rejects(reader.cancel(), error);
  // A throwing pull errors the stream too.
  const rs2 = new ReadableStream({ pull() { throw error; } });
  await assert.rejects(rs2.getReader().read(), error);
  // A size that throws errors the stream and the enqueue throws.
  let c3;
  const rs3 = new ReadableStream({ start(c) { c3 = c; } }, { size() { throw error; } });
  assert.throws(() => c3.enqueue(1), error);
  await assert.rejects(rs3.getReader().closed, error);
})().then(common.mustCall());

(async () => {
  // releaseLock with a pending read rejects it; the stream can be read again.
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  const pending = reader.read();
  reader.releaseLock();
  await assert.rejects(pending, stateError('Invalid state: Releasing reader'));
  controller.enqueue('after');
  assert.deepStrictEqual(await rs.getReader().read(), { value: 'after', done: false });
})().then(common.mustCall());

// Argument errors.
assert.throws(() => new ReadableStream(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new ReadableStream({ type: 'foo' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'source.type' is invalid. Received 'foo'",
});
assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new ReadableStream({}, { size: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strategy.size" property must be of type function. Received type number (1)',
});
assert.throws(() => new ReadableStream({ pull: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source.pull" property must be of type function. Received type number (1)',
});
{
  const rs = new ReadableStream();
  rs.getReader();
  assert.throws(() => rs.getReader(), stateError('Invalid state: ReadableStream is locked'));
  assert.rejects(rs.cancel(), stateError('Invalid state: ReadableStream is locked'))
    .then(common.mustCall());
  assert.throws(() => new ReadableStream().getReader({ mode: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.mode' is invalid. Received 'x'",
  });
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => new ReadableStreamDefaultReader(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream. ' +
             'Received type number (1)',
  });
}
