'use strict';
// tee() of default and byte streams: both branches see every chunk, cancelling both
// cancels the source with both reasons, and an error reaches both.
const common = require('../common');
const assert = require('assert');

(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('x');
      c.enqueue('y');
      c.close();
    },
  });
  const [a, b] = rs.tee();
  assert.strictEqual(rs.locked, true);
  assert.throws(() => rs.tee(), { code: 'ERR_INVALID_STATE' });
  const ra = a.getReader();
  const rb = b.getReader();
  assert.deepStrictEqual(await ra.read(), { value: 'x', done: false });
  assert.deepStrictEqual(await ra.read(), { value: 'y', done: false });
  assert.deepStrictEqual(await ra.read(), { value: undefined, done: true });
  assert.deepStrictEqual(await rb.read(), { value: 'x', done: false });
  assert.deepStrictEqual(await rb.read(), { value: 'y', done: false });
  assert.deepStrictEqual(await rb.read(), { value: undefined, done: true });
})().then(common.mustCall());

(async () => {
  const rs = new ReadableStream({
    cancel: common.mustCall((reason) => assert.deepStrictEqual(reason, ['A', 'B'])),
  });
  const [a, b] = rs.tee();
  let aCanceled = false;
  const pa = a.cancel('A').then(() => { aCanceled = true; });
  await new Promise(setImmediate);
  assert.strictEqual(aCanceled, false);
  await b.cancel('B');
  await pa;
  assert.strictEqual(aCanceled, true);
})().then(common.mustCall());

(async () => {
  const error = new Error('tee');
  let controller;
  const [a, b] = new ReadableStream({ start(c) { controller = c; } }).tee();
  const ra = a.getReader();
  const rb = b.getReader();
  controller.error(error);
  await assert.rejects(ra.read(), error);
  await assert.rejects(rb.read(), error);
})().then(common.mustCall());

(async () => {
  // A byte stream tees into two byte streams: one branch can be read with BYOB, and the
  // branches get separate copies.
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      if (n++ < 2) {
        c.enqueue(new Uint8Array([n, n]));
      } else {
        // A read into a branch's buffer may be pending: it is answered with no bytes.
        c.close();
        c.byobRequest?.respond(0);
      }
    },
  });
  const [a, b] = rs.tee();
  const ra = a.getReader({ mode: 'byob' });
  const rb = b.getReader();
  const first = await ra.read(new Uint8Array(1));
  assert.deepStrictEqual([...first.value], [1]);
  const second = await rb.read();
  assert.deepStrictEqual([...second.value], [1]);
  // The rest of the first chunk.
  const rest = await ra.read(new Uint8Array(3));
  assert.deepStrictEqual([...rest.value], [1]);
  second.value[0] = 99;
  assert.deepStrictEqual([...(await rb.read()).value], [1]);
  assert.deepStrictEqual([...(await ra.read(new Uint8Array(3))).value], [2, 2]);
  assert.deepStrictEqual([...(await rb.read()).value], [2, 2]);
  assert.strictEqual((await ra.read(new Uint8Array(3))).done, true);
  assert.strictEqual((await rb.read()).done, true);
})().then(common.mustCall());
