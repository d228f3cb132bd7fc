'use strict';
// Byte streams: BYOB readers (views of any type, options.min), byobRequest.respond and
// respondWithNewView, autoAllocateChunkSize for default readers, transferred buffers, and
// Node 20's errors for misuse.
const common = require('../common');
const assert = require('assert');

const tick = () => new Promise(setImmediate);

(async () => {
  // A BYOB read is filled in place through byobRequest; the caller's buffer is detached and
  // the result views a buffer of the same size.
  let round = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      if (round++ === 2) {
        controller.close();
        request.respond(0);
        return;
      }
      assert.ok(request.view instanceof Uint8Array);
      request.view[0] = round;
      request.view[1] = round * 10;
      request.respond(2);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let buffer = new ArrayBuffer(8);
  const view = new Uint8Array(buffer, 0, 4);
  let result = await reader.read(view);
  assert.strictEqual(buffer.byteLength, 0);
  assert.deepStrictEqual(result, { value: new Uint8Array([1, 10]), done: false });
  assert.strictEqual(result.value.buffer.byteLength, 8);
  buffer = result.value.buffer;
  result = await reader.read(new Uint8Array(buffer, 4, 4));
  assert.deepStrictEqual([...result.value], [2, 20]);
  assert.strictEqual(result.value.byteOffset, 4);
  result = await reader.read(new Uint8Array(result.value.buffer));
  assert.strictEqual(result.done, true);
  assert.strictEqual(result.value.byteLength, 0);
})().then(common.mustCall());

(async () => {
  // options.min waits for that many elements; a Uint16Array gets whole elements.
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  let settled = false;
  const read = reader.read(new Uint16Array(4), { min: 3 }).then((r) => {
    settled = true;
    return r;
  });
  controller.enqueue(new Uint8Array([1, 0, 2]));
  await tick();
  assert.strictEqual(settled, false);
  controller.enqueue(new Uint8Array([0, 3, 0, 4]));
  const { value, done } = await read;
  assert.strictEqual(done, false);
  assert.ok(value instanceof Uint16Array);
  assert.strictEqual(value.length, 3);
  // The odd byte left over goes to the next read.
  const rest = await reader.read(new Uint8Array(4));
  assert.deepStrictEqual([...rest.value], [4]);
  await assert.rejects(reader.read(new Uint8Array(4), { min: 0 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.min' must be greater than 0. Received 0",
  });
  await assert.rejects(reader.read(new Uint8Array(4), { min: 5 }), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
  });
  await assert.rejects(reader.read(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
  });
  await assert.rejects(reader.read(1), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

(async () => {
  // respondWithNewView with a smaller view of the same buffer.
  const rs = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const { view } = controller.byobRequest;
      const part = new Uint8Array(view.buffer, view.byteOffset, 2);
      part.set([9, 8]);
      controller.byobRequest.respondWithNewView(part);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const { value } = await reader.read(new DataView(new ArrayBuffer(5)));
  assert.ok(value instanceof DataView);
  assert.strictEqual(value.byteLength, 2);
  assert.strictEqual(value.getUint8(0), 9);
})().then(common.mustCall());

(async () => {
  // A default reader of a byte stream gets Uint8Arrays; with autoAllocateChunkSize the
  // source still sees a byobRequest.
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(controller) {
      assert.strictEqual(controller.byobRequest.view.byteLength, 16);
      controller.byobRequest.view[0] = 7;
      controller.byobRequest.respond(1);
      controller.close();
    },
  });
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: new Uint8Array([7]), done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });

  // Enqueued chunks are transferred: the source's buffer is detached.
  let controller;
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const chunk = new Uint8Array([1, 2, 3]);
  controller.enqueue(chunk);
  assert.strictEqual(chunk.byteLength, 0);
  const { value } = await rs2.getReader().read();
  assert.deepStrictEqual([...value], [1, 2, 3]);
})().then(common.mustCall());

(async () => {
  // Misuse of the controller and of the BYOB request.
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  assert.strictEqual(controller.byobRequest, null);
  assert.strictEqual(controller.desiredSize, 0);
  assert.throws(() => controller.enqueue(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView.' +
             ' Received type number (1)',
  });
  assert.throws(() => controller.enqueue(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: chunk ArrayBuffer is zero-length or detached',
  });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(4));
  const request = controller.byobRequest;
  assert.throws(() => request.respond(5), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => request.respond(0), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => request.respondWithNewView(new Uint8Array(2)),
                { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  request.respond(1);
  assert.throws(() => request.respond(1), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: This BYOB request has been invalidated',
  });
  assert.strictEqual((await read).value.length, 1);
  controller.close();
  assert.throws(() => controller.close(), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => controller.enqueue(new Uint8Array(1)), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: ReadableStream is already closed',
  });
  assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() {} }),
                { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStreamBYOBReader(new ReadableStream()),
                { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());

(async () => {
  // Closing with a partly filled element errors the stream.
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint16Array(2));
  controller.enqueue(new Uint8Array([1]));
  assert.throws(() => controller.close(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: Partial read',
  });
  await assert.rejects(read, { message: 'Invalid state: Partial read' });
})().then(common.mustCall());
