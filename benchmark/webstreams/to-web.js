'use strict';
// Reading a Node Readable of n 1 KiB chunks through Readable.toWeb with for await.
const common = require('../common.js');
const { Readable } = require('stream');

const bench = common.createBenchmark(main, {
  n: [1e5],
});

function main({ n }) {
  const chunk = Buffer.alloc(1024);
  let pushed = 0;
  const readable = new Readable({
    read() {
      for (let i = 0; i < 16 && pushed < n; i++, pushed++) this.push(chunk);
      if (pushed === n) this.push(null);
    },
  });
  let read = 0;
  bench.start();
  (async () => {
    for await (const c of Readable.toWeb(readable)) read += c.length > 0 ? 1 : 0;
    bench.end(read);
  })();
}
