'use strict';
// WritableStream: the sink's start/write/close/abort, the writer's desiredSize and ready
// (back-pressure), close and abort ordering, controller.error and controller.signal, and
// Node 20's errors for misuse.
const common = require('../common');
const assert = require('assert');

const stateError = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message });

(async () => {
  const written = [];
  let releaseWrite;
  const ws = new WritableStream({
    start: common.mustCall(),
    write(chunk, controller) {
      assert.strictEqual(typeof controller.error, 'function');
      written.push(chunk);
      return new Promise((resolve) => { releaseWrite = resolve; });
    },
    close: common.mustCall(),
    abort: common.mustNotCall(),
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  assert.strictEqual(ws.locked, true);
  assert.strictEqual(writer.desiredSize, 2);
  const w1 = writer.write('a');
  const w2 = writer.write('b');
  assert.strictEqual(writer.desiredSize, 0);
  let ready = false;
  writer.ready.then(() => { ready = true; });
  await new Promise(setImmediate);
  assert.strictEqual(ready, false);
  assert.deepStrictEqual(written, ['a']);
  releaseWrite();
  await w1;
  await new Promise(setImmediate);
  assert.strictEqual(ready, true);
  releaseWrite();
  await w2;
  const closed = writer.close();
  await assert.rejects(writer.close(), stateError('Invalid state: Failure to close WritableStream'));
  await closed;
  assert.strictEqual(await writer.closed, undefined);
  assert.strictEqual(writer.desiredSize, 0);
  assert.deepStrictEqual(written, ['a', 'b']);
})().then(common.mustCall());

(async () => {
  // abort() while a write is in flight: queued writes fail with the reason, the sink's abort
  // runs once the write settles, and the signal fires at once.
  let releaseWrite;
  let controller;
  const order = [];
  const ws = new WritableStream({
    start(c) {
      controller = c;
      c.signal.addEventListener('abort', common.mustCall(() => order.push('signal')));
    },
    write() {
      return new Promise((resolve) => { releaseWrite = resolve; });
    },
    abort: common.mustCall((reason) => {
      assert.strictEqual(reason, 'R');
      order.push('sink abort');
    }),
  });
  const writer = ws.getWriter();
  const w1 = writer.write(1);
  const w2 = writer.write(2);
  await new Promise(setImmediate);
  const aborted = writer.abort('R');
  assert.strictEqual(controller.signal.aborted, true);
  assert.strictEqual(controller.signal.reason, 'R');
  assert.strictEqual(writer.desiredSize, null);
  // The queued write fails only once the write in flight has settled.
  releaseWrite();
  await w1;
  await assert.rejects(w2, (e) => e === 'R');
  await aborted;
  assert.deepStrictEqual(order, ['signal', 'sink abort']);
  await assert.rejects(writer.closed, (e) => e === 'R');
  await assert.rejects(writer.write(3), (e) => e === 'R');
})().then(common.mustCall());

(async () => {
  // A failing sink write errors the stream.
  const error = new Error('sink');
  const ws = new WritableStream({ write() { throw error; } });
  const writer = ws.getWriter();
  await assert.rejects(writer.write(1), error);
  await assert.rejects(writer.write(2), error);
  await assert.rejects(writer.closed, error);
  assert.strictEqual(writer.desiredSize, null);

  // controller.error errors a writable stream; later it is a no-op.
  let controller;
  const ws2 = new WritableStream({ start(c) { controller = c; } });
  controller.error(error);
  controller.error(new Error('ignored'));
  await assert.rejects(ws2.getWriter().write(1), error);
})().then(common.mustCall());

(async () => {
  // releaseLock rejects the writer's promises; another writer can take over.
  const ws = new WritableStream();
  const writer = ws.getWriter();
  assert.throws(() => ws.getWriter(), stateError('Invalid state: WritableStream is locked'));
  await assert.rejects(ws.close(), stateError('Invalid state: WritableStream is locked'));
  await assert.rejects(ws.abort(), stateError('Invalid state: WritableStream is locked'));
  writer.releaseLock();
  await assert.rejects(writer.closed, stateError('Invalid state: Writer has been released'));
  await assert.rejects(writer.ready, stateError('Invalid state: Writer has been released'));
  assert.throws(() => writer.desiredSize,
                stateError('Invalid state: Writer is not bound to a WritableStream'));
  await assert.rejects(writer.write(1),
                       stateError('Invalid state: Writer is not bound to a WritableStream'));
  await ws.getWriter().close();
})().then(common.mustCall());

assert.throws(() => new WritableStream(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sink" argument must be of type object. Received type number (1)',
});
assert.throws(() => new WritableStream({ type: 'x' }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' is invalid. Received 'x'",
});
assert.throws(() => new WritableStream({ write: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sink.write" property must be of type function. Received type number (1)',
});
assert.throws(() => new WritableStreamDefaultWriter(1), { code: 'ERR_INVALID_ARG_TYPE' });
