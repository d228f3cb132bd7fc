'use strict';
// map() and friends with concurrency: calls overlap up to the limit, results keep the input
// order, and an abort of options.signal reaches the function's signal.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  {
    let inFlight = 0;
    let max = 0;
    const res = await Readable.from([30, 10, 20, 5]).map(async (x) => {
      inFlight++;
      max = Math.max(max, inFlight);
      await sleep(x);
      inFlight--;
      return x;
    }, { concurrency: 2 }).toArray();
    assert.deepStrictEqual(res, [30, 10, 20, 5]);
    assert.strictEqual(max, 2);
  }

  {
    let inFlight = 0;
    let max = 0;
    await Readable.from(Array.from({ length: 10 }, (_, i) => i)).map(async (x) => {
      inFlight++;
      max = Math.max(max, inFlight);
      await sleep(1);
      inFlight--;
      return x;
    }, { concurrency: 3, highWaterMark: 1 }).toArray();
    assert.strictEqual(max, 3);
  }

  // forEach with concurrency runs the calls at the same time.
  {
    const seen = [];
    await Readable.from([1, 2, 3]).forEach(async (x) => {
      await sleep(20 * (3 - x));
      seen.push(x);
    }, { concurrency: 3 });
    assert.deepStrictEqual(seen, [3, 2, 1]);
  }

  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).filter(async (x) => {
    await sleep(1);
    return x % 2;
  }, { concurrency: 2 }).toArray(), [1, 3, 5]);

  // The function's signal follows options.signal.
  {
    const ac = new AbortController();
    let innerSignal;
    const s = Readable.from([1, 2, 3]).map(async (x, { signal }) => {
      innerSignal = signal;
      await sleep(50);
      return x;
    }, { signal: ac.signal });
    setTimeout(() => ac.abort(), 5);
    await assert.rejects(s.toArray(), { name: 'AbortError' });
    assert.strictEqual(innerSignal.aborted, true);
    assert.notStrictEqual(innerSignal, ac.signal);
  }

  {
    const ac = new AbortController();
    const p = Readable.from([1, 2, 3]).forEach(() => sleep(50), { signal: ac.signal });
    setTimeout(() => ac.abort(), 5);
    await assert.rejects(p, { name: 'AbortError' });
  }
})().then(common.mustCall());
