'use strict';
// n process.nextTick callbacks queued at once, with `args` arguments each.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  args: [0, 1, 2, 4],
  n: [1000000],
});

function main({ args, n }) {
  let ran = 0;
  const onTick = () => {
    if (++ran === n) bench.end(n);
  };
  bench.start();
  switch (args) {
    case 0:
      for (let i = 0; i < n; i++) process.nextTick(onTick);
      break;
    case 1:
      for (let i = 0; i < n; i++) process.nextTick(onTick, i);
      break;
    case 2:
      for (let i = 0; i < n; i++) process.nextTick(onTick, i, true);
      break;
    default:
      for (let i = 0; i < n; i++) process.nextTick(onTick, i, true, 'x', null);
  }
}
