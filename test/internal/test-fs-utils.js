// Flags: --expose-internals
'use strict';
// Checks our lib/internal/fs/utils.js against Node 20's: over grids of inputs, flags, times,
// paths, fds, offsets and positions must give the same values or the same errors (class,
// code, message), and Stats/BigIntStats/StatFs built from binding arrays must be equal.
const assert = require('assert');
const h = require('./harness');

const ours = h.load('internal/fs/utils');
const node = require('internal/fs/utils');

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (err) {
    return { error: [err.name, err.code, err.message] };
  }
}

function same(name, args, mine, theirs) {
  const a = outcome(() => mine(...args));
  const b = outcome(() => theirs(...args));
  assert.deepStrictEqual(a, b, `${name}(${args.map(String).join(', ')})`);
}

const values = [undefined, null, 0, -0, 1, -1, 1.5, NaN, Infinity, 2 ** 31, 2 ** 53, '', 'r',
                'r+', 'rs', 'sr+', 'w', 'wx', 'xw+', 'a', 'ax', 'as+', 'sa', 'x', 'R', '12',
                '1e3', '-1', true, {}, [], 5n, new Date(1500), Buffer.from('a\0b'),
                Buffer.from('ab'), '/tmp/x'];

for (const v of values) {
  same('stringToFlags', [v], ours.stringToFlags, node.stringToFlags);
  same('toUnixTimestamp', [v], ours.toUnixTimestamp, node.toUnixTimestamp);
  same('getValidatedPath', [v], ours.getValidatedPath, node.getValidatedPath);
  same('getValidatedPath', [v, 'prefix'], ours.getValidatedPath, node.getValidatedPath);
  same('getValidatedFd', [v], ours.getValidatedFd, node.getValidatedFd);
  same('stringToSymlinkType', [v], ours.stringToSymlinkType, node.stringToSymlinkType);
  same('validateBufferArray', [v], ours.validateBufferArray, node.validateBufferArray);
  same('assertEncoding', [v], ours.assertEncoding, node.assertEncoding);
  same('getOptions', [v], (x) => ours.getOptions(x, { flag: 'r' }),
       (x) => node.getOptions(x, { flag: 'r' }));
  same('validateRmdirOptions', [v], ours.validateRmdirOptions, node.validateRmdirOptions);
}

// (How ERR_INVALID_ARG_TYPE renders a NUL inside a string is internal/errors' business: a
// string with one is only given where it is a path.)
same('getValidatedPath', ['a\0b'], ours.getValidatedPath, node.getValidatedPath);

for (const offset of [0, 1, 2, -1, 5]) {
  for (const length of [0, 1, 3, -1, 2 ** 31]) {
    same('validateOffsetLengthRead', [offset, length, 4], ours.validateOffsetLengthRead,
         node.validateOffsetLengthRead);
    same('validateOffsetLengthWrite', [offset, length, 4], ours.validateOffsetLengthWrite,
         node.validateOffsetLengthWrite);
  }
}
for (const position of [0, -1, -2, 1.5, 2 ** 53, 'x', null, 0n, -1n, -(2n ** 63n),
                        2n ** 63n, 2n ** 63n - 1n]) {
  same('validatePosition', [position, 'position', 1], ours.validatePosition,
       node.validatePosition);
}

const stats = new Float64Array([1, 0o100644, 3, 4, 5, 6, 4096, 8, 9, 10,
                                1000, 500000, 2000, 999999999, 3000, 0, 4000, 1]);
assert.deepStrictEqual({ ...ours.getStatsFromBinding(stats) },
                       { ...node.getStatsFromBinding(stats) });
// Node's BigInt arrays hold seconds and nanoseconds; ours (src/fs.c, fs_fill_stat_bigint)
// nanoseconds and milliseconds.
const bigStats = new BigInt64Array(Array.from(stats, BigInt));
const ourBigStats = bigStats.slice();
for (let i = 10; i < 18; i += 2) {
  const ns = bigStats[i] * 10n ** 9n + bigStats[i + 1];
  ourBigStats[i] = ns;
  ourBigStats[i + 1] = ns / 10n ** 6n;
}
assert.deepStrictEqual({ ...ours.getStatsFromBinding(ourBigStats) },
                       { ...node.getStatsFromBinding(bigStats) });
assert.strictEqual(ours.getStatsFromBinding(stats).isFile(), true);
const statfs = new Float64Array([1, 2, 3, 4, 5, 6, 7]);
assert.deepStrictEqual({ ...ours.getStatFsFromBinding(statfs) },
                       { ...node.getStatFsFromBinding(statfs) });

const dirent = new ours.Dirent('name', 2, '/dir');
const nodeDirent = new node.Dirent('name', 2, '/dir');
assert.deepStrictEqual(Object.entries(dirent), Object.entries(nodeDirent));
for (const method of ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket']) {
  assert.strictEqual(dirent[method](), nodeDirent[method](), method);
}
assert.strictEqual(dirent.isDirectory(), true);
