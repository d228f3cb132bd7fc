'use strict';
// The Readable iterator helpers: map, filter, flatMap, drop, take, asIndexedPairs return
// Readables; forEach, toArray, some, every, find, reduce return promises; argument checks.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const from = (arr) => Readable.from(arr);
  const mapped = from([1, 2, 3]).map((x) => x * 2);
  assert.ok(mapped instanceof Readable);
  assert.strictEqual(mapped.readableObjectMode, true);
  assert.deepStrictEqual(await mapped.toArray(), [2, 4, 6]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).filter((x) => x % 2).toArray(), [1, 3]);
  assert.deepStrictEqual(await from([1, 2]).flatMap((x) => [x, x]).toArray(), [1, 1, 2, 2]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).drop(2).toArray(), [3, 4]);
  assert.deepStrictEqual(await from([1, 2, 3]).drop(1).take(1).toArray(), [2]);
  assert.strictEqual(await from([1, 2, 3, 4]).some((x) => x > 3), true);
  assert.strictEqual(await from([1, 2, 3, 4]).every((x) => x > 3), false);
  assert.strictEqual(await from([1, 2, 3, 4]).find((x) => x > 2), 3);
  assert.strictEqual(await from([]).some(() => true), false);
  assert.strictEqual(await from([]).every(() => false), true);
  assert.strictEqual(await from([]).find(() => true), undefined);
  assert.strictEqual(await from([1, 2, 3, 4]).reduce((a, b) => a + b), 10);
  assert.strictEqual(await from([1, 2, 3, 4]).reduce((a, b) => a + b, 10), 20);
  const seen = [];
  assert.strictEqual(await from([1, 2]).forEach((x) => seen.push(x)), undefined);
  assert.deepStrictEqual(seen, [1, 2]);
  // take() with a non-number takes nothing.
  assert.deepStrictEqual(await from([1, 2]).take('x').toArray(), []);

  // Async functions and errors.
  assert.deepStrictEqual(await from([1, 2]).map(async (x) => x + 1).toArray(), [2, 3]);
  await assert.rejects(from([1, 2, 3]).map((x) => {
    if (x === 2) throw new Error('map throws');
    return x;
  }).toArray(), { message: 'map throws' });
  await assert.rejects(from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'Reduce of an empty stream requires an initial value',
  });

  // Validation.
  const fnMessage = 'The "fn" argument must be of type function or an instance of ' +
                    'AsyncFunction. Received type number (1)';
  assert.throws(() => from([1]).map(1), { code: 'ERR_INVALID_ARG_TYPE', message: fnMessage });
  assert.throws(() => from([1]).filter(1), { message: fnMessage });
  await assert.rejects(from([1]).forEach(1), { message: fnMessage });
  assert.throws(() => from([1]).map((x) => x, 1), {
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => from([1]).map((x) => x, { concurrency: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.concurrency" is out of range. It must be >= 1 && ' +
             '<= 9007199254740991. Received 0',
  });
  assert.throws(() => from([1]).map((x) => x, { signal: 5 }), {
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received type number (5)',
  });
  assert.throws(() => from([1]).drop(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "number" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => new (Readable.prototype.map)(), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    message: 'Illegal constructor',
  });

  // Names and lengths.
  const expected = {
    drop: 1, filter: 2, flatMap: 2, map: 2, take: 1, compose: 2, every: 1, forEach: 2,
    reduce: 3, toArray: 1, some: 1, find: 2,
  };
  for (const [name, length] of Object.entries(expected)) {
    const fn = Readable.prototype[name];
    assert.strictEqual(fn.name, name);
    assert.strictEqual(fn.length, length, name);
    assert.strictEqual(Object.getOwnPropertyDescriptor(Readable.prototype, name).enumerable,
                       false);
  }

  // Pre-aborted signals.
  const aborted = AbortSignal.abort('why');
  await assert.rejects(from([1]).toArray({ signal: aborted }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
  await assert.rejects(from([1]).reduce((a) => a, 0, { signal: aborted }), { name: 'AbortError' });
  await assert.rejects(from([1]).map((x) => x, { signal: aborted }).toArray(),
                       { name: 'AbortError' });
  await assert.rejects(from([1]).take(1, { signal: aborted }).toArray(), { name: 'AbortError' });
})().then(common.mustCall());
