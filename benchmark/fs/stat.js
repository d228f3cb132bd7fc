'use strict';
// fs.statSync / fs.stat / fs.promises.stat of one file, one call at a time.
const common = require('../common.js');
const fs = require('fs');

const bench = common.createBenchmark(main, {
  api: ['sync', 'callback', 'promises'],
  bigint: ['false', 'true'],
  n: [100000],
});

function main({ api, bigint, n }) {
  const file = __filename;
  const options = { bigint: bigint === 'true' };
  bench.start();
  if (api === 'sync') {
    for (let i = 0; i < n; i++) fs.statSync(file, options);
    bench.end(n);
  } else if (api === 'callback') {
    let left = n;
    const next = (err) => {
      if (err) throw err;
      if (--left === 0) bench.end(n);
      else fs.stat(file, options, next);
    };
    fs.stat(file, options, next);
  } else {
    (async () => {
      for (let i = 0; i < n; i++) await fs.promises.stat(file, options);
      bench.end(n);
    })();
  }
}
