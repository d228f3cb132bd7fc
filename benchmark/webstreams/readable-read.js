'use strict';
// A reader reading n chunks a pull source enqueues (default or byte stream).
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  type: ['default', 'bytes'],
  n: [5e5],
});

function main({ type, n }) {
  let enqueued = 0;
  const source = type === 'bytes' ? {
    type: 'bytes',
    pull(controller) {
      if (enqueued++ < n) controller.enqueue(new Uint8Array(64));
      else controller.close();
    },
  } : {
    pull(controller) {
      if (enqueued++ < n) controller.enqueue(enqueued);
      else controller.close();
    },
  };
  const reader = new ReadableStream(source).getReader();
  let read = 0;
  bench.start();
  (async () => {
    while (!(await reader.read()).done) read++;
    bench.end(read);
  })();
}
