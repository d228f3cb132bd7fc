'use strict';
// Async iteration of a ReadableStream (for await, values({ preventCancel })) and
// ReadableStream.from with sync and async iterables.
const common = require('../common');
const assert = require('assert');

(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  const seen = [];
  for await (const chunk of rs) seen.push(chunk);
  assert.deepStrictEqual(seen, ['a', 'b']);
  assert.strictEqual(rs.locked, false);
})().then(common.mustCall());

(async () => {
  // Leaving the loop early cancels the stream, unless preventCancel.
  const rs = new ReadableStream({
    pull(c) { c.enqueue(1); },
    cancel: common.mustCall((reason) => assert.strictEqual(reason, undefined)),
  });
  for await (const chunk of rs) {
    assert.strictEqual(chunk, 1);
    break;
  }
  assert.strictEqual(rs.locked, false);

  const kept = new ReadableStream({ pull(c) { c.enqueue(2); }, cancel: common.mustNotCall() });
  for await (const chunk of kept.values({ preventCancel: true })) {
    assert.strictEqual(chunk, 2);
    break;
  }
  assert.strictEqual(kept.locked, false);
  assert.deepStrictEqual(await kept.getReader().read(), { value: 2, done: false });
})().then(common.mustCall());

(async () => {
  // next() and return() results, and an errored stream.
  const rs = new ReadableStream({ start(c) { c.enqueue(1); }, cancel: common.mustCall() });
  const it = rs[Symbol.asyncIterator]();
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  assert.deepStrictEqual(await it.next(), { value: 1, done: false });
  assert.deepStrictEqual(await it.return('r'), { done: true, value: 'r' });
  assert.deepStrictEqual(await it.next(), { done: true, value: undefined });

  const error = new Error('iteration');
  const bad = new ReadableStream({ start(c) { c.enqueue(1); c.error(error); } });
  await assert.rejects(async () => {
    for await (const chunk of bad) assert.strictEqual(chunk, 1);
  }, error);
  assert.throws(() => new ReadableStream().values(1), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

(async () => {
  // ReadableStream.from: arrays (promises are awaited), generators, async generators.
  const got = [];
  for await (const x of ReadableStream.from([1, Promise.resolve(2), 3])) got.push(x);
  assert.deepStrictEqual(got, [1, 2, 3]);

  async function* gen() {
    try {
      yield 'x';
      yield 'y';
    } finally {
      gen.finished = true;
    }
  }
  const reader = ReadableStream.from(gen()).getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });
  await reader.cancel('stop');
  assert.strictEqual(gen.finished, true);

  const chars = [];
  for await (const c of ReadableStream.from('hi')) chars.push(c);
  assert.deepStrictEqual(chars, ['h', 'i']);

  // An iterator whose next() does not give an object errors the stream.
  const notObject = { [Symbol.asyncIterator]() { return { next() { return 5; } }; } };
  await assert.rejects(ReadableStream.from(notObject).getReader().read(), TypeError);

  assert.throws(() => ReadableStream.from(1), {
    name: 'TypeError',
    code: 'ERR_ARG_NOT_ITERABLE',
    message: '1 must be iterable',
  });
  assert.throws(() => ReadableStream.from({}), { code: 'ERR_ARG_NOT_ITERABLE' });
})().then(common.mustCall());
