'use strict';
// Start-up: `<binary> -e 0` run n times. mode=wall: start-ups per second (an op is one run of
// the binary, from spawn to exit). mode=rss: mean peak RSS of one run, in KiB.
const common = require('../common.js');
const startup = require('./startup-common.js');

const bench = common.createBenchmark(main, {
  mode: ['wall', 'rss'],
  n: [30],
});

function main({ mode, n }) {
  const args = ['-e', '0'];
  if (mode === 'wall') {
    startup.runOnce(args);  // Warm the page cache.
    bench.start();
    for (let i = 0; i < n; i++) startup.runOnce(args);
    bench.end(n);
  } else {
    bench.report(startup.meanPeakRss(args, n), 'KiB');
  }
}
