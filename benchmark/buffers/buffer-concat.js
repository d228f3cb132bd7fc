'use strict';
// Buffer.concat of `pieces` buffers of `size` bytes each, with and without the total length.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  pieces: [4, 16],
  size: [16, 1024, 65536],
  withTotalLength: [0, 1],
  n: [400000],
}, { test: { n: 1 } });

function main({ pieces, size, withTotalLength, n }) {
  const list = [];
  for (let i = 0; i < pieces; i++) list.push(Buffer.alloc(size, i));
  const totalLength = withTotalLength ? pieces * size : undefined;
  const iterations = Math.max(1, Math.round(n * 1024 / Math.max(size, 1024) / pieces));
  let sink = 0;
  bench.start();
  for (let i = 0; i < iterations; i++) sink += Buffer.concat(list, totalLength).length;
  bench.end(iterations);
  if (sink === 0) throw new Error('unreachable');
}
