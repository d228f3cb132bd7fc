'use strict';
// How the reason is named in the UnhandledPromiseRejection message: a side-effect-free
// string form (no getters or user toString methods run).
const common = require('../common');
const assert = require('assert');

const cases = [
  [1, '1'],
  [-0, '0'],
  ['abc', 'abc'],
  [undefined, 'undefined'],
  [null, 'null'],
  [true, 'true'],
  [10n, '10'],
  [Symbol('s'), 'Symbol(s)'],
  [{ a: 1 }, '#<Object>'],
  [[1, 2], '[object Array]'],
  [new Date(0), '[object Date]'],
  [/x/g, '[object RegExp]'],
  [new Map(), '#<Map>'],
  [new (class Foo {})(), '#<Foo>'],
  [new (class {})(), '[object Object]'],
  [{ toString() { throw new Error('must not run'); } }, '[object Object]'],
  [{ get toString() { throw new Error('must not run'); } }, '[object Object]'],
  [Object.create(null), '[object Object]'],
  [{ [Symbol.toStringTag]: 'Tag', toString: null }, '[object Tag]'],
  [new Uint8Array(1), '[object Uint8Array]'],
  [new Number(3), '[object Number]'],
  [function foo() { return 1; }, 'function foo() { return 1; }'],
  [(() => { const e = new TypeError('no stack'); delete e.stack; return e; })(),
   'TypeError: no stack'],
  [{ name: 'N', message: 'M', toString: Error.prototype.toString }, 'N: M'],
  [new Proxy([], {}), '[object Array]'],
  [new Proxy({}, {}), '#<Object>'],
  [new Proxy(function bar() {}, {}), 'function bar() {}'],
];

const seen = [];
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_UNHANDLED_REJECTION');
  seen.push(/with the reason "([^]*)"\.$/.exec(err.message)[1]);
}, cases.length));
for (const [reason] of cases) Promise.reject(reason);

process.on('exit', () => {
  assert.deepStrictEqual(seen, cases.map(([, text]) => text));
});
