'use strict';
// The deprecated timers.enroll()/active()/unenroll()/_unrefActive(): any object becomes a
// timer that calls its _onTimeout; each warns once with its own code; enroll() validates
// the duration.
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

common.expectWarning({
  DeprecationWarning: [
    ['timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'],
    ['timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'],
    ['timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'],
    ['timers._unrefActive() is deprecated. Please use timeout.refresh() instead.',
     'DEP0127'],
  ],
  TimeoutOverflowWarning: [
    ['4294967296 does not fit into a 32-bit signed integer.\n' +
     'Timer duration was truncated to 2147483647.'],
  ],
});

const item = {
  _onTimeout: common.mustCall(function() {
    assert.strictEqual(this, item);
  }),
};
timers.enroll(item, 5);
assert.strictEqual(item._idleTimeout, 5);
assert.strictEqual(item._idleNext, item);
assert.strictEqual(item._idlePrev, item);
timers.active(item);
assert.strictEqual(typeof item._idleStart, 'number');

const removed = { _onTimeout: common.mustNotCall() };
timers.enroll(removed, 1);
timers.active(removed);
timers.unenroll(removed);
assert.strictEqual(removed._idleTimeout, -1);
assert.strictEqual(removed._idleNext, null);
// Once unenrolled, active() does nothing.
timers.active(removed);

const unrefed = { _onTimeout: common.mustCall() };
timers.enroll(unrefed, 2);
timers._unrefActive(unrefed);

const big = {};
timers.enroll(big, 2 ** 32);
assert.strictEqual(big._idleTimeout, 2 ** 31 - 1);

assert.throws(() => timers.enroll({}, -1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "msecs" is out of range. It must be a non-negative finite ' +
           'number. Received -1',
});
assert.throws(() => timers.enroll({}, Infinity), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => timers.enroll({}, '1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "msecs" argument must be of type number. Received type string (\'1\')',
});

// Something else keeps the loop alive while the unreferenced item waits.
setTimeout(common.mustCall(), 20);
