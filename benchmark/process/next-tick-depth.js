'use strict';
// A chain of n process.nextTick callbacks, each queued from the previous one, with `args`
// arguments each.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  args: [0, 1, 4],
  n: [4000000],
});

function main({ args, n }) {
  let ran = 0;
  let onTick;
  if (args === 0) {
    onTick = () => {
      if (++ran === n) bench.end(n);
      else process.nextTick(onTick);
    };
  } else if (args === 1) {
    onTick = (a) => {
      if (++ran === n) bench.end(n);
      else process.nextTick(onTick, a);
    };
  } else {
    onTick = (a, b, c, d) => {
      if (++ran === n) bench.end(n);
      else process.nextTick(onTick, a, b, c, d);
    };
  }
  bench.start();
  process.nextTick(onTick, 1, true, 'x', null);
}
