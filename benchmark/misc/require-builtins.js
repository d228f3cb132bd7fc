'use strict';
// Start-up that requires every public built-in module (require('module').builtinModules)
// in the started process. mode=wall: runs per second; mode=rss: mean peak RSS in KiB.
const common = require('../common.js');
const startup = require('./startup-common.js');

const bench = common.createBenchmark(main, {
  mode: ['wall', 'rss'],
  n: [10],
});

const script = "for (const id of require('module').builtinModules) require(id);";

function main({ mode, n }) {
  const args = ['-e', script];
  if (mode === 'wall') {
    startup.runOnce(args);
    bench.start();
    for (let i = 0; i < n; i++) startup.runOnce(args);
    bench.end(n);
  } else {
    bench.report(startup.meanPeakRss(args, n), 'KiB');
  }
}
