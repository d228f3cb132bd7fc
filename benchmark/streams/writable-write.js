'use strict';
// Writable.write() of n chunks: callback=sync completes each write at once, callback=tick
// completes it on the next tick (buffering the following writes), writev=true takes the
// buffered chunks in one _writev() call.
const common = require('../common.js');
const { Writable } = require('stream');

const bench = common.createBenchmark(main, {
  callback: ['sync', 'tick'],
  writev: ['false', 'true'],
  type: ['buffer', 'string'],
  n: [1e6],
});

function main({ callback, writev, type, n }) {
  const chunk = type === 'buffer' ? Buffer.alloc(64) : 'x'.repeat(64);
  const options = { highWaterMark: 16 * 1024 };
  if (callback === 'sync') {
    options.write = (data, encoding, cb) => cb();
  } else {
    options.write = (data, encoding, cb) => process.nextTick(cb);
  }
  if (writev === 'true') {
    options.writev = (chunks, cb) => {
      if (callback === 'sync') cb();
      else process.nextTick(cb);
    };
  }
  const w = new Writable(options);
  let written = 0;
  function write() {
    while (written < n) {
      written++;
      if (!w.write(chunk)) {
        w.once('drain', write);
        return;
      }
    }
    w.end();
  }
  w.on('finish', () => bench.end(n));
  bench.start();
  write();
}
