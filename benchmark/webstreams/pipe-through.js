'use strict';
// n chunks through ReadableStream.pipeThrough(TransformStream).pipeTo(WritableStream).
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  n: [2e5],
});

function main({ n }) {
  let enqueued = 0;
  const rs = new ReadableStream({
    pull(controller) {
      if (enqueued++ < n) controller.enqueue(enqueued);
      else controller.close();
    },
  });
  const ts = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk * 2); },
  });
  let written = 0;
  const ws = new WritableStream({ write() { written++; } });
  bench.start();
  rs.pipeThrough(ts).pipeTo(ws).then(() => bench.end(written));
}
