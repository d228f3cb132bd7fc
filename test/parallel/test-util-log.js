'use strict';
// util.log(): console.log('%s - %s', "D Mon HH:MM:SS", util.format(...args)).
require('../common');
const assert = require('assert');
const util = require('util');

const calls = [];
const originalLog = console.log;
console.log = (...args) => calls.push(args);
try {
  util.log('value %d', 42, { a: 1 });
  util.log();
} finally {
  console.log = originalLog;
}

assert.strictEqual(calls.length, 2);
assert.strictEqual(calls[0][0], '%s - %s');
assert.match(calls[0][1], /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d$/);
assert.strictEqual(calls[0][2], 'value 42 { a: 1 }');
assert.strictEqual(calls[1][2], '');
assert.strictEqual(util.log.length, 0);
