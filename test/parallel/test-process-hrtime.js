'use strict';
// process.hrtime([time]): [seconds, nanoseconds] of a monotonic clock, or the difference from
// an earlier value; Node's errors for a bad `time`.
require('../common');
const assert = require('assert');

assert.strictEqual(process.hrtime.name, 'hrtime');
assert.strictEqual(process.hrtime.length, 1);

const start = process.hrtime();
assert.ok(Array.isArray(start));
assert.strictEqual(start.length, 2);
for (const part of start) assert.ok(Number.isInteger(part) && part >= 0);
assert.ok(start[1] < 1e9);

// Monotonic, and differences are normalised: 0 <= nanoseconds < 1e9.
let previous = start;
for (let i = 0; i < 1000; i++) {
  const now = process.hrtime();
  assert.ok(now[0] > previous[0] || (now[0] === previous[0] && now[1] >= previous[1]));
  previous = now;
}
const diff = process.hrtime(start);
assert.ok(diff[0] >= 0 && diff[1] >= 0 && diff[1] < 1e9);
assert.ok(diff[0] < 60);

// A start with more nanoseconds than now borrows a second.
const now = process.hrtime();
const borrowed = process.hrtime([now[0] - 1, 999999999]);
assert.ok(borrowed[1] >= 0 && borrowed[1] < 1e9);
assert.ok(borrowed[0] >= 0 && borrowed[0] <= 1);
assert.deepStrictEqual(process.hrtime(['a', 'b']), [NaN, NaN]);

// A delay is measured.
const before = process.hrtime();
const until = Date.now() + 20;
while (Date.now() < until);
const [s, ns] = process.hrtime(before);
assert.ok(s * 1e3 + ns / 1e6 >= 19);

for (const time of [1, null, 'ab', {}, { 0: 1, 1: 2, length: 2 }, new Uint32Array(2)]) {
  assert.throws(() => process.hrtime(time), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "time" argument must be an instance of Array\. Received /,
  });
}
for (const time of [[], [1], [1, 2, 3]]) {
  assert.throws(() => process.hrtime(time), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "time" is out of range. It must be 2. Received ${time.length}`,
  });
}
