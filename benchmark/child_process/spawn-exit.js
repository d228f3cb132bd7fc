'use strict';
// Spawns a short-lived command n times in sequence, each waited for ('exit') before the next.
const common = require('../common.js');
const { spawn } = require('child_process');

const bench = common.createBenchmark(main, {
  cmd: ['/bin/true'],
  n: [1000],
});

function main({ cmd, n }) {
  let left = n;
  const next = () => {
    const child = spawn(cmd, [], { stdio: 'ignore' });
    child.on('exit', () => {
      if (--left === 0) bench.end(n);
      else next();
    });
  };
  bench.start();
  next();
}
