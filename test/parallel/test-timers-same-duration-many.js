'use strict';
// Many timers of a few durations (they share one list per duration): all fire, each list in
// the order its timers were made, and shorter durations first.
const common = require('../common');
const assert = require('assert');

const order = [];
setTimeout(() => order.push(30), 30);
setTimeout(() => order.push(10), 10);
setTimeout(() => order.push(20), 20);
setTimeout(() => order.push(1), 1);
const N = 100000;
const fired = [];
for (let i = 0; i < N; i++) {
  setTimeout(() => fired.push(i), 2);
}

setTimeout(common.mustCall(() => {
  assert.strictEqual(fired.length, N);
  for (let i = 0; i < N; i++) {
    if (fired[i] !== i) assert.fail(`timer ${fired[i]} fired in place ${i}`);
  }
  assert.deepStrictEqual(order, [1, 10, 20, 30]);
}), 60);
