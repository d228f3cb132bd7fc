'use strict';
// for await (const chunk of readable) over n pushed chunks.
const common = require('../common.js');
const { Readable } = require('stream');

const bench = common.createBenchmark(main, {
  n: [2e5],
});

async function main({ n }) {
  const chunk = Buffer.alloc(64);
  let pushed = 0;
  const r = new Readable({
    read() {
      for (let i = 0; i < 16 && pushed < n; i++, pushed++) this.push(chunk);
      if (pushed === n) this.push(null);
    },
  });
  let received = 0;
  bench.start();
  // eslint-disable-next-line no-unused-vars
  for await (const data of r) received++;
  bench.end(received);
}
