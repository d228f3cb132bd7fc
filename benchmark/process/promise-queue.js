'use strict';
// The microtask queue: type=then-chain (a chain of n .then), await-loop (n awaits of a
// resolved promise), resolve-breadth (n resolved promises, each with one .then), and
// queue-microtask (n queueMicrotask callbacks queued at once).
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  type: ['then-chain', 'await-loop', 'resolve-breadth', 'queue-microtask'],
  n: [1000000],
});

function main({ type, n }) {
  switch (type) {
    case 'then-chain': {
      bench.start();
      let promise = Promise.resolve(0);
      for (let i = 0; i < n; i++) promise = promise.then((value) => value + 1);
      promise.then((value) => {
        if (value !== n) throw new Error(`chain ended at ${value}`);
        bench.end(n);
      });
      break;
    }
    case 'await-loop': {
      const resolved = Promise.resolve(1);
      (async () => {
        bench.start();
        let total = 0;
        for (let i = 0; i < n; i++) total += await resolved;
        if (total !== n) throw new Error(`awaited ${total}`);
        bench.end(n);
      })();
      break;
    }
    case 'resolve-breadth': {
      let settled = 0;
      const onResolved = () => {
        if (++settled === n) bench.end(n);
      };
      bench.start();
      for (let i = 0; i < n; i++) Promise.resolve(i).then(onResolved);
      break;
    }
    case 'queue-microtask': {
      let ran = 0;
      const onMicrotask = () => {
        if (++ran === n) bench.end(n);
      };
      bench.start();
      for (let i = 0; i < n; i++) queueMicrotask(onMicrotask);
      break;
    }
    default:
      throw new Error(`unknown type ${type}`);
  }
}
