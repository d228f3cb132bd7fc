'use strict';
// console.dir(obj, options): util.inspect() with customInspect off and the given options.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const stdout = Object.assign(new EventEmitter(), {
  write(chunk) { out.push(chunk); return true; },
});
const c = new Console(stdout);

class Custom {
  constructor() { this.x = 1; }
  [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; }
}
const custom = new Custom();
c.dir({ a: { b: { c: { d: 1 } } } });
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
c.dir(custom);
c.dir(custom, { customInspect: true });
c.dir('str');
c.dir([1, 2, 3], { maxArrayLength: 1 });
c.dir();
c.dir('a', 'b');
assert.deepStrictEqual(out, [
  '{ a: { b: { c: [Object] } } }\n',
  '{ a: [Object] }\n',
  '{\n  a: { b: { c: { d: 1 } } }\n}\n',
  'Custom { x: 1 }\n',
  'CUSTOM\n',
  "'str'\n",
  '[ 1, ... 2 more items ]\n',
  'undefined\n',
  "'a'\n",
]);
