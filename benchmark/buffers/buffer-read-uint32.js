'use strict';
// A loop of buf.readUInt32LE() (and friends) over a 4 KiB buffer.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  type: ['UInt32LE', 'UInt32BE', 'Int32LE', 'UInt16LE', 'DoubleLE', 'BigUInt64LE'],
  n: [20000000],
}, { test: { n: 1 } });

function main({ type, n }) {
  const buf = Buffer.alloc(4096);
  for (let i = 0; i < buf.length; i++) buf[i] = i * 7;
  const fn = `read${type}`;
  const step = type.includes('64') || type.includes('Double') ? 8 : type.includes('16') ? 2 : 4;
  const last = buf.length - step;
  let sink = 0;
  let offset = 0;
  bench.start();
  for (let i = 0; i < n; i++) {
    sink += Number(buf[fn](offset));
    offset = offset === last ? 0 : offset + step;
  }
  bench.end(n);
  if (Number.isNaN(sink)) throw new Error('unreachable');
}
