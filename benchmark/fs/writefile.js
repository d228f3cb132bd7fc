'use strict';
// fs.writeFileSync / fs.writeFile / fs.promises.writeFile of a string or a Buffer, one write
// at a time over the same file. n is the bytes to write in all.
const common = require('../common.js');
const fs = require('fs');
const os = require('os');
const path = require('path');

const bench = common.createBenchmark(main, {
  api: ['sync', 'callback', 'promises'],
  data: ['string', 'buffer'],
  size: [4096, 16 * 1024 * 1024],
  n: [512 * 1024 * 1024],
});

function main({ api, data, size, n }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-writefile-'));
  const file = path.join(dir, 'data');
  const payload = data === 'string' ? 'x'.repeat(size) : Buffer.alloc(size, 'x');
  const writes = Math.max(1, Math.min(20000, Math.floor(n / size)));
  const done = () => {
    bench.end(writes);
    fs.rmSync(dir, { recursive: true });
  };
  bench.start();
  if (api === 'sync') {
    for (let i = 0; i < writes; i++) fs.writeFileSync(file, payload);
    done();
  } else if (api === 'callback') {
    let left = writes;
    const next = (err) => {
      if (err) throw err;
      if (--left === 0) done();
      else fs.writeFile(file, payload, next);
    };
    fs.writeFile(file, payload, next);
  } else {
    (async () => {
      for (let i = 0; i < writes; i++) await fs.promises.writeFile(file, payload);
      done();
    })();
  }
}
