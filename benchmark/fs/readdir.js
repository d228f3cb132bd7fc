'use strict';
// fs.readdirSync / fs.readdir / fs.promises.readdir of a directory of 1,000 files, as names
// or as Dirents.
const common = require('../common.js');
const fs = require('fs');
const os = require('os');
const path = require('path');

const bench = common.createBenchmark(main, {
  api: ['sync', 'callback', 'promises'],
  withFileTypes: ['false', 'true'],
  entries: [1000],
  n: [2000],
});

function main({ api, withFileTypes, entries, n }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readdir-'));
  for (let i = 0; i < entries; i++) fs.writeFileSync(path.join(dir, `file-${i}.txt`), '');
  const options = { withFileTypes: withFileTypes === 'true' };
  const done = () => {
    bench.end(n);
    fs.rmSync(dir, { recursive: true });
  };
  bench.start();
  if (api === 'sync') {
    for (let i = 0; i < n; i++) fs.readdirSync(dir, options);
    done();
  } else if (api === 'callback') {
    let left = n;
    const next = (err) => {
      if (err) throw err;
      if (--left === 0) done();
      else fs.readdir(dir, options, next);
    };
    fs.readdir(dir, options, next);
  } else {
    (async () => {
      for (let i = 0; i < n; i++) await fs.promises.readdir(dir, options);
      done();
    })();
  }
}
