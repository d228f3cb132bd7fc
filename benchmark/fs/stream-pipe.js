'use strict';
// fs.createReadStream(file).pipe(fs.createWriteStream(copy)) of a large file, n times: the rate
// in MiB/s (measure=rate, printed as ops/sec), or the growth of the peak resident set during the
// copies in KiB (measure=rss), which the high-water marks should bound whatever the file's size.
const common = require('../common.js');
const fs = require('fs');
const os = require('os');
const path = require('path');

const bench = common.createBenchmark(main, {
  measure: ['rate', 'rss'],
  size: [256 * 1024 * 1024],
  n: [1],
}, { test: { size: 1024 * 1024 } });

function main({ measure, size, n }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipe-'));
  const src = path.join(dir, 'src');
  const dst = path.join(dir, 'dst');
  const block = Buffer.alloc(1024 * 1024, 'x');
  const fd = fs.openSync(src, 'w');
  for (let off = 0; off < size; off += block.length) fs.writeSync(fd, block);
  fs.closeSync(fd);
  const rssBefore = process.resourceUsage().maxRSS;
  bench.start();
  let left = n;
  const copy = () => {
    const w = fs.createWriteStream(dst);
    fs.createReadStream(src).pipe(w);
    w.on('close', () => {
      const copied = fs.statSync(dst).size;
      if (copied !== size) throw new Error(`copied ${copied} of ${size} bytes`);
      if (--left > 0) {
        copy();
        return;
      }
      fs.rmSync(dir, { recursive: true });
      if (measure === 'rss') bench.report(process.resourceUsage().maxRSS - rssBefore, 'KiB');
      else bench.end(n * size / (1024 * 1024));
    });
  };
  copy();
}
