'use strict';
// Readable in flowing mode: _read() pushes n chunks, one 'data' event each.
const common = require('../common.js');
const { Readable } = require('stream');

const bench = common.createBenchmark(main, {
  objectMode: ['false', 'true'],
  n: [1e6],
});

function main({ objectMode, n }) {
  const chunk = objectMode === 'true' ? { a: 1 } : Buffer.alloc(64);
  let pushed = 0;
  const r = new Readable({
    objectMode: objectMode === 'true',
    read() {
      // Several chunks per _read(), as a socket delivers them.
      for (let i = 0; i < 16 && pushed < n; i++, pushed++) this.push(chunk);
      if (pushed === n) this.push(null);
    },
  });
  let received = 0;
  r.on('data', () => received++);
  r.on('end', () => bench.end(received));
  bench.start();
}
