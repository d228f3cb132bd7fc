'use strict';
// refresh() starts the countdown again with the same duration and callback, keeps the
// object, returns it, and does nothing to a cleared timer.
const common = require('../common');
const assert = require('assert');

const log = [];
const timeout = setTimeout(common.mustCall(() => log.push('refreshed timer')), 40);
setTimeout(common.mustCall(() => {
  assert.strictEqual(timeout.refresh(), timeout);
}), 25);
setTimeout(common.mustCall(() => log.push('45 ms')), 45);
process.on('exit', () => {
  assert.deepStrictEqual(log, ['45 ms', 'refreshed timer']);
});

const cleared = setTimeout(common.mustNotCall(), 1);
clearTimeout(cleared);
assert.strictEqual(cleared.refresh(), cleared);
assert.strictEqual(cleared._destroyed, true);

// Refreshing from its own callback makes a timer fire again.
let count = 0;
const self = setTimeout(common.mustCall(() => {
  if (++count < 3) self.refresh();
}, 3), 1);

// Refreshing an interval restarts the current period.
let ticks = 0;
const interval = setInterval(common.mustCall(() => {
  if (++ticks === 2) clearInterval(interval);
}, 2), 5);
interval.refresh();

// An unreferenced timer stays unreferenced.
const unrefed = setTimeout(common.mustCall(), 1).unref();
unrefed.refresh();
assert.strictEqual(unrefed.hasRef(), false);
setTimeout(common.mustCall(), 20);
