'use strict';
// Readable in paused mode: push() chunks (buffers, strings or objects) up to the
// highWaterMark, then take them back one by one with read(), the path net sockets and file
// streams feed. The event loop gets a turn every 100 fills, as it would in a program.
const common = require('../common.js');
const { Readable } = require('stream');

const bench = common.createBenchmark(main, {
  type: ['buffer', 'string', 'object'],
  n: [2e6],
});

function main({ type, n }) {
  const objectMode = type === 'object';
  const chunk = type === 'buffer' ? Buffer.alloc(64) :
    type === 'string' ? 'x'.repeat(64) : { a: 1 };
  // One chunk per read(): its size in byte mode, one object in objectMode.
  const size = objectMode ? undefined : 64;
  const r = new Readable({ objectMode, highWaterMark: objectMode ? 16 : 1024, read() {} });
  let got = 0;
  function fillAndDrain() {
    for (let round = 0; round < 100 && got < n; round++) {
      while (r.push(chunk));
      while (r.read(size) !== null) got++;
    }
    if (got < n) setImmediate(fillAndDrain);
    else bench.end(got);
  }
  bench.start();
  fillAndDrain();
}
