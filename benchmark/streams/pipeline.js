'use strict';
// stream.pipeline() from a Readable through `transforms` Transform streams into a Writable.
const common = require('../common.js');
const { Readable, Transform, Writable, pipeline } = require('stream');

const bench = common.createBenchmark(main, {
  transforms: [1, 4],
  objectMode: ['false', 'true'],
  n: [2e5],
});

function main({ transforms, objectMode, n }) {
  const om = objectMode === 'true';
  const chunk = om ? { a: 1 } : Buffer.alloc(256);
  let pushed = 0;
  const stages = [new Readable({
    objectMode: om,
    read() {
      for (let i = 0; i < 16 && pushed < n; i++, pushed++) this.push(chunk);
      if (pushed === n) this.push(null);
    },
  })];
  for (let i = 0; i < transforms; i++) {
    stages.push(new Transform({
      objectMode: om,
      transform(data, encoding, cb) {
        cb(null, data);
      },
    }));
  }
  let written = 0;
  stages.push(new Writable({
    objectMode: om,
    write(data, encoding, cb) {
      written++;
      cb();
    },
  }));
  bench.start();
  pipeline(stages, (err) => {
    if (err) throw err;
    bench.end(written);
  });
}
