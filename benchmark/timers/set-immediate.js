'use strict';
// setImmediate: type=breadth queues n immediates at once, type=depth chains n immediates,
// each queued from the previous one's callback.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  type: ['breadth', 'depth'],
  n: [500000],
});

function main({ type, n }) {
  let ran = 0;
  if (type === 'breadth') {
    const onImmediate = () => {
      if (++ran === n) bench.end(n);
    };
    bench.start();
    for (let i = 0; i < n; i++) setImmediate(onImmediate);
  } else {
    const onImmediate = () => {
      if (++ran === n) bench.end(n);
      else setImmediate(onImmediate);
    };
    bench.start();
    setImmediate(onImmediate);
  }
}
