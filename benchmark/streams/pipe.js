'use strict';
// readable.pipe(writable) of n chunks with back-pressure (the writable completes writes on
// the next tick).
const common = require('../common.js');
const { Readable, Writable } = require('stream');

const bench = common.createBenchmark(main, {
  n: [5e5],
});

function main({ n }) {
  const chunk = Buffer.alloc(1024);
  let pushed = 0;
  const r = new Readable({
    read() {
      for (let i = 0; i < 16 && pushed < n; i++, pushed++) this.push(chunk);
      if (pushed === n) this.push(null);
    },
  });
  let written = 0;
  const w = new Writable({
    write(data, encoding, cb) {
      written++;
      process.nextTick(cb);
    },
  });
  w.on('finish', () => bench.end(written));
  bench.start();
  r.pipe(w);
}
