'use strict';
// fs.readFileSync / fs.readFile / fs.promises.readFile of one file, as a string (utf8) or a
// Buffer, one read at a time. n is the bytes to read in all (each case reads at least once).
const common = require('../common.js');
const fs = require('fs');
const os = require('os');
const path = require('path');

const bench = common.createBenchmark(main, {
  api: ['sync', 'callback', 'promises'],
  encoding: ['utf8', 'buffer'],
  size: [4096, 16 * 1024 * 1024],
  n: [1024 * 1024 * 1024],
});

function main({ api, encoding, size, n }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readfile-'));
  const file = path.join(dir, 'data');
  fs.writeFileSync(file, 'x'.repeat(size));
  const reads = Math.max(1, Math.min(50000, Math.floor(n / size)));
  const enc = encoding === 'buffer' ? undefined : encoding;
  const done = () => {
    bench.end(reads);
    fs.rmSync(dir, { recursive: true });
  };
  bench.start();
  if (api === 'sync') {
    for (let i = 0; i < reads; i++) fs.readFileSync(file, enc);
    done();
  } else if (api === 'callback') {
    let left = reads;
    const next = (err) => {
      if (err) throw err;
      if (--left === 0) done();
      else fs.readFile(file, enc, next);
    };
    fs.readFile(file, enc, next);
  } else {
    (async () => {
      for (let i = 0; i < reads; i++) await fs.promises.readFile(file, enc);
      done();
    })();
  }
}
