'use strict';
// createHistogram: HdrHistogram's figures (exact below 2048, 3 significant digits above),
// percentiles, BigInt variants, add, reset, recordDelta and Node's validation.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

const h = createHistogram();
assert.strictEqual(h.constructor.name, 'RecordableHistogram');
assert.strictEqual(h.count, 0);
assert.strictEqual(h.min, 9223372036854776000);
assert.strictEqual(h.minBigInt, 9223372036854775807n);
assert.strictEqual(h.max, 0);
assert(Number.isNaN(h.mean));
assert(Number.isNaN(h.stddev));
assert.deepStrictEqual([...h.percentiles], [[100, 0]]);
assert.strictEqual(h.percentile(50), 0);

h.record(5);
h.record(100);
assert.strictEqual(h.mean, 52.5);
assert.strictEqual(h.stddev, 47.5);
assert.deepStrictEqual([...h.percentiles], [[0, 5], [50, 5], [75, 100], [100, 100]]);
assert.match(inspect(h), /^Histogram \{\n {2}min: 5,\n {2}max: 100,\n {2}mean: 52\.5,/);

h.reset();
for (const v of [3, 3, 1000001, 123456789]) h.record(v);
assert.strictEqual(h.count, 4);
assert.strictEqual(h.countBigInt, 4n);
assert.strictEqual(h.min, 3);
assert.strictEqual(h.max, 123469823);
assert.strictEqual(h.maxBigInt, 123469823n);
assert.strictEqual(h.mean, 31109313.5);
assert.strictEqual(h.stddev, 53307010.87150472);
assert.strictEqual(h.percentile(99), 123469823);
assert.strictEqual(h.percentileBigInt(99), 123469823n);
assert.strictEqual(h.percentile(10), 3);
assert.deepStrictEqual([...h.percentiles],
                       [[0, 3], [50, 3], [75, 999936], [87.5, 123404288], [100, 123404288]]);
assert.deepStrictEqual(h.toJSON(), {
  count: 4, min: 3, max: 123469823, mean: 31109313.5, exceeds: 0, stddev: 53307010.87150472,
  percentiles: { '0': 3, '50': 3, '75': 999936, '87.5': 123404288, '100': 123404288 },
});

// BigInts past what the histogram tracks are counted in exceeds.
h.reset();
h.record(5n);
h.record(2n ** 60n);
assert.strictEqual(h.count, 1);
assert.strictEqual(h.exceeds, 1);
assert.strictEqual(h.exceedsBigInt, 1n);

const other = createHistogram();
other.record(7);
other.record(7);
h.add(other);
assert.strictEqual(h.count, 3);
assert.deepStrictEqual([...h.percentiles], [[0, 5], [50, 7], [100, 7]]);

const delta = createHistogram();
delta.recordDelta();
assert.strictEqual(delta.count, 0);
delta.recordDelta();
assert.strictEqual(delta.count, 1);
assert(delta.min > 0);

for (const [value, code] of [[0, 'ERR_OUT_OF_RANGE'], [1.5, 'ERR_OUT_OF_RANGE'],
                             ['1', 'ERR_INVALID_ARG_TYPE'], [2 ** 53, 'ERR_OUT_OF_RANGE'],
                             [0n, 'ERR_OUT_OF_RANGE'], [2n ** 64n, 'ERR_OUT_OF_RANGE']]) {
  assert.throws(() => h.record(value), { code });
}
assert.throws(() => h.record(0), {
  name: 'RangeError',
  message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. ' +
           'Received 0',
});
assert.throws(() => h.percentile(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received 0',
});
assert.throws(() => h.percentile(101), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.add({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ lowest: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => createHistogram({ figures: 6 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => createHistogram({ lowest: 10, highest: 15 }), {
  message: 'The value of "options.highest" is out of range. It must be >= 20 && ' +
           '<= 9007199254740991. Received 15',
});
assert.throws(() => createHistogram(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), { code: 'ERR_OUT_OF_RANGE' });

// Fewer figures: coarser buckets above 2 * 10^figures.
const coarse = createHistogram({ figures: 1 });
coarse.record(1000);
assert.notStrictEqual(coarse.max, 1000);
assert(coarse.max >= 1000);
