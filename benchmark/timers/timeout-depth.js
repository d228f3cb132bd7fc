'use strict';
// A chain of n timeouts, each scheduled from the previous one's callback.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  delay: [0, 1],
  n: [500],
});

function main({ delay, n }) {
  let fired = 0;
  function onTimeout() {
    if (++fired === n) bench.end(n);
    else setTimeout(onTimeout, delay);
  }
  bench.start();
  setTimeout(onTimeout, delay);
}
