'use strict';
// console.count() and countReset(): "label: n" lines, labels turned into strings, and the
// warning for resetting a label never counted.
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
  assert.strictEqual(warning.code, undefined);
  warnings.push(warning.message);
}, 3));

c.count();
c.count();
c.count('default');
c.count(undefined);
c.count('x');
c.count(1);
c.count('1');
c.count({});
c.count(null);
c.countReset();
c.count();
c.countReset('x');
c.count('x');
c.countReset('nope');          // warns
c.countReset(1);               // warns: looked up before being turned into a string
c.countReset(null);            // warns
c.countReset('null');
c.count(null);

assert.deepStrictEqual(out.join(''), [
  'default: 1', 'default: 2', 'default: 3', 'default: 4', 'x: 1', '1: 1', '1: 2',
  '[object Object]: 1', 'null: 1', 'default: 1', 'x: 1', 'null: 1', '',
].join('\n'));

process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    "Count for 'nope' does not exist",
    "Count for '1' does not exist",
    "Count for 'null' does not exist",
  ]);
});
