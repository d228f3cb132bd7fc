'use strict';
// Many nextTick callbacks, queued at once and queued from each other: all run, in order.
const common = require('../common');
const assert = require('assert');

const N = 10000;
let next = 0;
for (let i = 0; i < N; i++) {
  process.nextTick(() => {
    assert.strictEqual(next, i);
    next++;
  });
}

let depth = 0;
function chain() {
  if (++depth < N) process.nextTick(chain);
}
process.nextTick(chain);

// Queued while the queue drains: after everything already queued.
const order = [];
process.nextTick(() => {
  order.push('a');
  process.nextTick(() => order.push('c'));
});
process.nextTick(() => order.push('b'));

setImmediate(common.mustCall(() => {
  assert.strictEqual(next, N);
  assert.strictEqual(depth, N);
  assert.deepStrictEqual(order, ['a', 'b', 'c']);
}));
