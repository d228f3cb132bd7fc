'use strict';
// setImmediate returns an Immediate; immediates run in the order they were queued, one
// queued from an immediate runs in the next check phase, and clearImmediate works before
// and during a run.
const common = require('../common');
const assert = require('assert');

const log = [];
const first = setImmediate(common.mustCall(() => {
  log.push(1);
  setImmediate(common.mustCall(() => log.push('next turn')));
  clearImmediate(third);
}));
assert.strictEqual(first.constructor.name, 'Immediate');
assert.strictEqual(first._destroyed, false);
setImmediate(common.mustCall(() => log.push(2)));
const third = setImmediate(common.mustNotCall());
const cleared = setImmediate(common.mustNotCall());
clearImmediate(cleared);
clearImmediate(cleared);
assert.strictEqual(cleared._destroyed, true);
assert.strictEqual(cleared._onImmediate, null);
setImmediate(common.mustCall(() => {
  log.push(4);
  assert.strictEqual(first._destroyed, true);
  assert.strictEqual(first._onImmediate, null);
}));

process.on('exit', () => {
  assert.deepStrictEqual(log, [1, 2, 4, 'next turn']);
});
