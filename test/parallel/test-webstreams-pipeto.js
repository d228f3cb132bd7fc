'use strict';
// pipeTo: closing and errors propagate forward and backward unless prevented, an
// AbortSignal stops the pipe (aborting the destination and cancelling the source), and both
// streams are unlocked at the end.
const common = require('../common');
const assert = require('assert');

(async () => {
  const out = [];
  const rs = ReadableStream.from([1, 2, 3]);
  const ws = new WritableStream({ write(c) { out.push(c); }, close: common.mustCall() });
  assert.strictEqual(await rs.pipeTo(ws), undefined);
  assert.deepStrictEqual(out, [1, 2, 3]);
  assert.strictEqual(rs.locked, false);
  assert.strictEqual(ws.locked, false);
})().then(common.mustCall());

(async () => {
  // Forward: a source error aborts the destination, unless preventAbort.
  const error = new Error('source');
  const rs = new ReadableStream({ start(c) { c.error(error); } });
  const ws = new WritableStream({ abort: common.mustCall((r) => assert.strictEqual(r, error)) });
  await assert.rejects(rs.pipeTo(ws), error);

  const rs2 = new ReadableStream({ start(c) { c.error(error); } });
  const ws2 = new WritableStream({ abort: common.mustNotCall() });
  await assert.rejects(rs2.pipeTo(ws2, { preventAbort: true }), error);
  assert.strictEqual(ws2.locked, false);
})().then(common.mustCall());

(async () => {
  // Backward: a destination error cancels the source, unless preventCancel.
  const error = new Error('dest');
  const rs = new ReadableStream({
    pull(c) { c.enqueue('x'); },
    cancel: common.mustCall((r) => assert.strictEqual(r, error)),
  });
  await assert.rejects(rs.pipeTo(new WritableStream({ write() { throw error; } })), error);

  const rs2 = new ReadableStream({ pull(c) { c.enqueue('y'); }, cancel: common.mustNotCall() });
  await assert.rejects(rs2.pipeTo(new WritableStream({ write() { throw error; } }),
                                  { preventCancel: true }), error);
  assert.deepStrictEqual(await rs2.getReader().read(), { value: 'y', done: false });
})().then(common.mustCall());

(async () => {
  // preventClose leaves the destination open; a closed destination cancels the source.
  const ws = new WritableStream({ close: common.mustCall() });
  await ReadableStream.from(['a']).pipeTo(ws, { preventClose: true });
  await ws.getWriter().close();

  const closed = new WritableStream();
  await closed.close();
  const rs = new ReadableStream({ cancel: common.mustCall() });
  await assert.rejects(rs.pipeTo(closed), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: Destination WritableStream is closed',
  });
})().then(common.mustCall());

(async () => {
  // An AbortSignal: an already aborted one rejects at once with its reason.
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: ac.signal }),
                       { name: 'AbortError' });

  // Aborting mid-pipe aborts the destination and cancels the source.
  const ac2 = new AbortController();
  let stopped = false;
  const rs = new ReadableStream({
    pull(c) { if (!stopped) c.enqueue('t'); },
    cancel: common.mustCall((reason) => {
      stopped = true;
      assert.strictEqual(reason, 'stop');
    }),
  });
  const ws = new WritableStream({
    write: common.mustCallAtLeast(() => ac2.abort('stop')),
    abort: common.mustCall((reason) => assert.strictEqual(reason, 'stop')),
  });
  await assert.rejects(rs.pipeTo(ws, { signal: ac2.signal }), (e) => e === 'stop');
})().then(common.mustCall());

(async () => {
  const rs = new ReadableStream();
  rs.getReader();
  await assert.rejects(rs.pipeTo(new WritableStream()), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The ReadableStream is locked',
  });
  const ws = new WritableStream();
  ws.getWriter();
  await assert.rejects(new ReadableStream().pipeTo(ws), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The WritableStream is locked',
  });
  await assert.rejects(new ReadableStream().pipeTo(1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received type number (1)',
  });
})().then(common.mustCall());
