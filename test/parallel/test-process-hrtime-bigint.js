'use strict';
// process.hrtime.bigint(): nanoseconds of the same monotonic clock as process.hrtime().
require('../common');
const assert = require('assert');

assert.strictEqual(typeof process.hrtime.bigint, 'function');
assert.strictEqual(process.hrtime.bigint.name, 'hrtimeBigInt');

const a = process.hrtime.bigint();
assert.strictEqual(typeof a, 'bigint');
assert.ok(a > 0n);
const [s, ns] = process.hrtime();
const b = process.hrtime.bigint();
const fromArray = BigInt(s) * 1000000000n + BigInt(ns);
assert.ok(a <= fromArray && fromArray <= b);

let previous = b;
for (let i = 0; i < 1000; i++) {
  const now = process.hrtime.bigint();
  assert.ok(now >= previous);
  previous = now;
}

const until = Date.now() + 20;
while (Date.now() < until);
assert.ok(process.hrtime.bigint() - b >= 19000000n);

// Arguments are ignored.
assert.strictEqual(typeof process.hrtime.bigint([1, 2]), 'bigint');
