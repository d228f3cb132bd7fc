'use strict';
// timers/promises setInterval: an async iterator yielding the value once per interval,
// stopped by break (the interval is cleared) or by an AbortSignal (AbortError); options are
// validated when iteration starts, by throwing.
const common = require('../common');
const assert = require('assert');
const { setInterval: every } = require('timers/promises');

assert.strictEqual(every.length, 2);

(async () => {
  const values = [];
  for await (const value of every(2, 'tick')) {
    values.push(value);
    if (values.length === 3) break;
  }
  assert.deepStrictEqual(values, ['tick', 'tick', 'tick']);

  const iterator = every(1, 'v');
  assert.strictEqual(typeof iterator[Symbol.asyncIterator], 'function');
  assert.deepStrictEqual(await iterator.next(), { value: 'v', done: false });
  assert.deepStrictEqual(await iterator.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });

  await assert.rejects(every(1, 'v', 5).next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  await assert.rejects(every(1, 'v', { ref: 5 }).next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ref" property must be of type boolean. Received type number (5)',
  });
  await assert.rejects(every(1, 'v', { signal: 'x' }).next(), {
    code: 'ERR_INVALID_ARG_TYPE',
  });

  const aborted = new AbortController();
  aborted.abort('early');
  await assert.rejects(every(1, 'v', { signal: aborted.signal }).next(), {
    name: 'AbortError',
    cause: 'early',
  });

  const controller = new AbortController();
  const seen = [];
  await assert.rejects(async () => {
    for await (const value of every(1, 'x', { signal: controller.signal })) {
      seen.push(value);
      if (seen.length === 2) controller.abort('stop');
    }
  }, { name: 'AbortError', code: 'ABORT_ERR', cause: 'stop' });
  assert.deepStrictEqual(seen, ['x', 'x']);

  // Aborted while waiting for the next tick of the interval.
  const waiting = new AbortController();
  const pending = every(10000, 'y', { signal: waiting.signal }).next();
  setTimeout(() => waiting.abort(), 1);
  await assert.rejects(pending, { name: 'AbortError' });
})().then(common.mustCall());
