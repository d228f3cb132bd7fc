'use strict';
// console.assert(): nothing for a truthy value; otherwise "Assertion failed" (with ": " and
// the formatted arguments) on stderr. It never throws.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const makeStream = (name) => Object.assign(new EventEmitter(), {
  write(chunk) { out.push([name, chunk]); return true; },
});
const c = new Console(makeStream('out'), makeStream('err'));

c.assert(true, 'nothing');
c.assert(1);
c.assert('x', 'nothing');
c.assert({});
assert.deepStrictEqual(out, []);

c.assert(false);
c.assert(0, 'msg');
c.assert('', 'a %s %d', 'b', 5);
c.assert(null, { obj: 1 });
c.assert(undefined, 'first', 'second', { third: 3 });
c.assert(NaN, 5);
c.assert();
assert.deepStrictEqual(out, [
  ['err', 'Assertion failed\n'],
  ['err', 'Assertion failed: msg\n'],
  ['err', 'Assertion failed: a b 5\n'],
  ['err', 'Assertion failed: [object Object]\n'],
  ['err', "Assertion failed: first second { third: 3 }\n"],
  ['err', 'Assertion failed: 5\n'],
  ['err', 'Assertion failed\n'],
]);

// It goes through this.warn.
out.length = 0;
c.warn = (...args) => out.push(['warn', ...args]);
c.assert(false, 'x', 1);
assert.deepStrictEqual(out, [['warn', 'Assertion failed: x', 1]]);
