'use strict';
// assert.CallTracker (deprecated, DEP0173): tracked functions, getCalls(), report(),
// verify(), reset(), argument validation.
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning', 'assert.CallTracker is deprecated.', 'DEP0173');

assert.strictEqual(assert.CallTracker.name, 'deprecated');
assert.strictEqual(Object.getPrototypeOf(assert.CallTracker).name, 'CallTracker');
assert.throws(() => assert.CallTracker(), {
  name: 'TypeError',
  message: "Class constructor CallTracker cannot be invoked without 'new'",
});

const tracker = new assert.CallTracker();
assert.ok(tracker instanceof assert.CallTracker);
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(tracker)),
                       ['constructor', 'reset', 'getCalls', 'calls', 'report', 'verify']);

function foo(a) {
  return a * 2;
}
const tracked = tracker.calls(foo, 2);
assert.strictEqual(tracked.name, 'foo');
assert.strictEqual(tracked.length, 1);
assert.strictEqual(tracked(2), 4);
const self = { x: 1 };
assert.strictEqual(tracked.call(self, 3), 6);

const calls = tracker.getCalls(tracked);
assert.deepStrictEqual(calls, [
  { thisArg: undefined, arguments: [2] },
  { thisArg: self, arguments: [3] },
]);
assert.ok(Object.isFrozen(calls));
assert.ok(Object.isFrozen(calls[0]));
assert.ok(Object.isFrozen(calls[0].arguments));
assert.notStrictEqual(tracker.getCalls(tracked), calls);
assert.deepStrictEqual(tracker.report(), []);
tracker.verify();

// Without a function: a no-op named '' that reports as "calls".
const noop = tracker.calls(3);
const once = tracker.calls();
assert.strictEqual(noop.name, '');
assert.strictEqual(noop(), undefined);
once();
const report = tracker.report();
assert.strictEqual(report.length, 1);
assert.deepStrictEqual(Object.keys(report[0]), ['message', 'actual', 'expected', 'operator', 'stack']);
assert.strictEqual(report[0].message,
                   'Expected the calls function to be executed 3 time(s) but was executed 1 time(s).');
assert.strictEqual(report[0].actual, 1);
assert.strictEqual(report[0].expected, 3);
assert.strictEqual(report[0].operator, 'calls');
assert.ok(report[0].stack instanceof Error);

assert.throws(() => tracker.verify(), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  message: 'Expected the calls function to be executed 3 time(s) but was executed 1 time(s).',
  generatedMessage: false,
});

// Several failures: one message, the details in numbered properties.
const named = tracker.calls(function named() {});
assert.throws(() => tracker.verify(), (err) => {
  assert.strictEqual(err.message, 'Functions were not called the expected number of times');
  assert.strictEqual(err['message 1'],
                     'Expected the named function to be executed 1 time(s) but was executed 0 time(s).');
  assert.strictEqual(err['operator 1'], 'named');
  assert.strictEqual(err['actual 1'], 0);
  assert.strictEqual(err['expected 1'], 1);
  assert.ok(err['stack trace 1'] instanceof Error);
  assert.strictEqual(err.actual, undefined);
  return true;
});

// reset() one function or all of them.
tracker.reset(tracked);
assert.deepStrictEqual(tracker.getCalls(tracked), []);
noop();
tracker.reset();
assert.deepStrictEqual(tracker.getCalls(noop), []);
named();
assert.strictEqual(tracker.getCalls(named).length, 1);

// Validation.
assert.throws(() => tracker.getCalls(foo), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'tracked' is not a tracked function. Received [Function: foo]",
});
assert.throws(() => tracker.reset(null), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'tracked' is not a tracked function. Received null",
});
assert.throws(() => tracker.calls(foo, 0), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => tracker.calls(foo, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => tracker.calls(foo, '1'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => tracker.calls('x'), {
  name: 'TypeError',
  message: 'Cannot create proxy with a non-object as target or handler',
});
