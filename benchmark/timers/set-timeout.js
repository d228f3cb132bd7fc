'use strict';
// n timers created at once and all fired: type=same-timeout puts them in one list,
// type=distinct-timeouts spreads them over 100 durations (100 lists).
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  type: ['same-timeout', 'distinct-timeouts'],
  n: [200000],
});

function main({ type, n }) {
  let fired = 0;
  function onTimeout() {
    if (++fired === n) bench.end(n);
  }
  bench.start();
  for (let i = 0; i < n; i++) {
    setTimeout(onTimeout, type === 'same-timeout' ? 1 : 1 + (i % 100));
  }
}
