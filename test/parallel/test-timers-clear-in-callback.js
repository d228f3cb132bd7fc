'use strict';
// Clearing timers from timer callbacks: a due timer later in the same list, a timer of
// another list, the running timer itself, and an interval from its own callback.
const common = require('../common');
const assert = require('assert');

const log = [];
setTimeout(common.mustCall(() => {
  log.push('first');
  clearTimeout(second);
  clearTimeout(otherList);
  clearTimeout(another);
}), 1);
const another = setTimeout(common.mustNotCall(), 1);
const second = setTimeout(common.mustNotCall(), 1);
setTimeout(common.mustCall(() => log.push('third')), 1);
const otherList = setTimeout(common.mustNotCall(), 3);

let n = 0;
const interval = setInterval(common.mustCall(() => {
  if (++n === 3) clearInterval(interval);
}, 3), 1);

// Clearing the last timer of a list, then making a new one of that duration.
const lone = setTimeout(common.mustNotCall(), 7);
clearTimeout(lone);
setTimeout(common.mustCall(() => log.push('seven')), 7);

// A timer cleared from a nextTick queued by an earlier timer of its list.
setTimeout(common.mustCall(() => {
  process.nextTick(() => clearTimeout(victim));
}), 9);
const victim = setTimeout(common.mustNotCall(), 9);

// close() clears too.
const closed = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(closed.close(), closed);
assert.strictEqual(closed._destroyed, true);

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, ['first', 'third', 'seven']);
}), 30);
