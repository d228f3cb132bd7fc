'use strict';
// process.nextTick passes its extra arguments on, calls with an undefined `this`, and runs
// callbacks in the order they were queued, after the current code.
const common = require('../common');
const assert = require('assert');

const log = [];
for (let n = 0; n <= 6; n++) {
  const args = Array.from({ length: n }, (_, i) => i);
  process.nextTick(common.mustCall(function(...got) {
    assert.strictEqual(this, undefined);
    assert.deepStrictEqual(got, args);
    log.push(n);
  }), ...args);
}
process.nextTick(common.mustCall((...got) => {
  assert.deepStrictEqual(got, [undefined]);
}), undefined);
assert.strictEqual(process.nextTick.length, 1);
assert.deepStrictEqual(log, []);
process.on('exit', () => assert.deepStrictEqual(log, [0, 1, 2, 3, 4, 5, 6]));
