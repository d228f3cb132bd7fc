'use strict';
// process.uptime(): seconds since the process started, with sub-millisecond precision.
require('../common');
const assert = require('assert');

assert.strictEqual(process.uptime.name, 'uptime');
const first = process.uptime();
assert.strictEqual(typeof first, 'number');
assert.ok(first > 0);
assert.ok(first < 60);
assert.notStrictEqual(first, Math.floor(first));

const until = Date.now() + 100;
while (Date.now() < until);
const second = process.uptime();
assert.ok(second - first >= 0.099, `${second} - ${first}`);
assert.ok(second - first < 10);

// Arguments are ignored.
assert.ok(process.uptime(1, 2) >= second);
