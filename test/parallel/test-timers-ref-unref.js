'use strict';
// ref(), unref() and hasRef() of Timeouts and Immediates: they return the object, and only
// referenced timers and immediates keep the process alive.
const common = require('../common');
const assert = require('assert');

const timeout = setTimeout(common.mustNotCall(), 10000);
assert.strictEqual(timeout.hasRef(), true);
assert.strictEqual(timeout.unref(), timeout);
assert.strictEqual(timeout.hasRef(), false);
assert.strictEqual(timeout.unref(), timeout);
assert.strictEqual(timeout.hasRef(), false);

const interval = setInterval(common.mustNotCall(), 10000).unref();
assert.strictEqual(interval.hasRef(), false);

// An unreferenced immediate still runs in a check phase that the loop gets to.
const immediate = setImmediate(common.mustCall());
assert.strictEqual(immediate.hasRef(), true);
assert.strictEqual(immediate.unref(), immediate);
assert.strictEqual(immediate.hasRef(), false);

// Unreferenced and referenced again: runs.
const again = setTimeout(common.mustCall(), 1).unref();
assert.strictEqual(again.ref(), again);
assert.strictEqual(again.hasRef(), true);
setImmediate(common.mustCall()).unref().ref();

// An unreferenced timer still fires while something else keeps the loop alive.
setTimeout(common.mustCall(), 1).unref();
setTimeout(common.mustCall(() => {
  clearTimeout(timeout);
  clearInterval(interval);
}), 30);

// Cleared timers keep their ref state; ref() and unref() on them do not count.
const cleared = setTimeout(common.mustNotCall(), 1);
clearTimeout(cleared);
assert.strictEqual(cleared.hasRef(), true);
cleared.unref().ref().unref();
assert.strictEqual(cleared.hasRef(), false);
const clearedImmediate = setImmediate(common.mustNotCall());
clearImmediate(clearedImmediate);
assert.strictEqual(clearedImmediate.hasRef(), false);
