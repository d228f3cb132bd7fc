'use strict';
// console.time(), timeLog() and timeEnd(): "label: 1.234ms" lines, labels turned into strings,
// and Node's warnings for a label that is missing or already started.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const stdout = Object.assign(new EventEmitter(), {
  write(chunk) { out.push(chunk); return true; },
});
const c = new Console(stdout);

const warnings = [];
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  warnings.push(warning.message);
}, 5));

const duration = String.raw`\d+(\.\d{1,3})?ms`;

c.time();
c.timeLog();
c.timeLog('default', 'extra', { a: 1 });
c.timeEnd();
c.timeEnd();                 // warns: gone
c.timeLog('missing');        // warns
c.time('dup');
c.time('dup');               // warns
c.time(1);
c.timeEnd('1');
c.time({});
c.timeLog('[object Object]', '%s', 'fmt');
c.time(undefined);
c.timeEnd('default');
c.time(null);
c.timeEnd();                 // warns: 'default' was ended above
c.timeEnd(null);
assert.strictEqual(typeof c._times.get('dup'), 'object');
c.timeEnd('dup');
c.timeEnd('dup');            // warns

const expected = [
  `default: ${duration}`,
  `default: ${duration} extra { a: 1 }`,
  `default: ${duration}`,
  `1: ${duration}`,
  `\\[object Object\\]: ${duration} %s fmt`,
  `default: ${duration}`,
  `null: ${duration}`,
  `dup: ${duration}`,
];
assert.strictEqual(out.length, expected.length);
out.forEach((line, i) => assert.match(line, new RegExp(`^${expected[i]}\\n$`)));

process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    "No such label 'default' for console.timeEnd()",
    "No such label 'missing' for console.timeLog()",
    "Label 'dup' already exists for console.time()",
    "No such label 'default' for console.timeEnd()",
    "No such label 'dup' for console.timeEnd()",
  ]);
});

// Longer durations: seconds, then m:ss.mmm.
{
  const { hrtime } = process;
  const fake = (elapsed) => {
    process.hrtime = (start) => (start ? elapsed : [100, 0]);
    out.length = 0;
    c.time('long');
    c.timeEnd('long');
    process.hrtime = hrtime;
    return out[0];
  };
  assert.strictEqual(fake([0, 500000]), 'long: 0.5ms\n');
  assert.strictEqual(fake([0, 1234567]), 'long: 1.235ms\n');
  assert.strictEqual(fake([0, 999999999]), 'long: 1000ms\n');
  assert.strictEqual(fake([1, 234567891]), 'long: 1.235s\n');
  assert.strictEqual(fake([59, 998000000]), 'long: 59.998s\n');
  assert.strictEqual(fake([59, 999999000]), 'long: 60.000s\n');
  assert.strictEqual(fake([61, 234500000]), 'long: 1:01.234 (m:ss.mmm)\n');
  assert.strictEqual(fake([754, 0]), 'long: 12:34.000 (m:ss.mmm)\n');
  assert.strictEqual(fake([3661, 234567891]), 'long: 1:01:01.235 (h:mm:ss.mmm)\n');
  assert.strictEqual(fake([360000, 0]), 'long: 100:00:00.000 (h:mm:ss.mmm)\n');
}
