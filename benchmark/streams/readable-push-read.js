'use strict';
// Readable in paused mode: push() n chunks (buffers, strings or objects) from _read() and
// take them back with read(), the path net sockets and file streams feed.
const common = require('../common.js');
const { Readable } = require('stream');

const bench = common.createBenchmark(main, {
  type: ['buffer', 'string', 'object'],
  n: [1e6],
});

function main({ type, n }) {
  const objectMode = type === 'object';
  const chunk = type === 'buffer' ? Buffer.alloc(64) :
    type === 'string' ? 'x'.repeat(64) : { a: 1 };
  const r = new Readable({ objectMode, highWaterMark: objectMode ? 16 : 1024, read() {} });
  let got = 0;
  bench.start();
  while (got < n) {
    // Fill to the highWaterMark, then drain it.
    while (r.push(chunk));
    while (r.read() !== null) got++;
  }
  bench.end(n);
}
