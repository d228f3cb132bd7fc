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
  const step = type.includes('64') || type.includes('Double') ? 8 : type.includes('16') ? 2 : 4;
  // A loop of its own per method, so that the configurations run in one process (where there
  // is no child_process) do not share the call site.
  // eslint-disable-next-line no-new-func
  const loop = new Function('buf', 'n', 'last', `
    let sink = 0;
    let offset = 0;
    for (let i = 0; i < n; i++) {
      sink += Number(buf.read${type}(offset));
      offset = offset === last ? 0 : offset + ${step};
    }
    return sink;`);
  bench.start();
  const sink = loop(buf, n, buf.length - step);
  bench.end(n);
  if (Number.isNaN(sink)) throw new Error('unreachable');
}
