'use strict';
// n timeouts created and cleared before they fire; type=refresh refreshes each one first.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  type: ['clear', 'refresh'],
  n: [500000],
});

function main({ type, n }) {
  const timeouts = new Array(n);
  const notCalled = () => { throw new Error('cleared timeout fired'); };
  bench.start();
  for (let i = 0; i < n; i++) timeouts[i] = setTimeout(notCalled, 1000);
  if (type === 'refresh') {
    for (let i = 0; i < n; i++) timeouts[i].refresh();
  }
  for (let i = 0; i < n; i++) clearTimeout(timeouts[i]);
  bench.end(n);
}
