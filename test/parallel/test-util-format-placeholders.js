'use strict';
// util.format(): every placeholder (%s %d %i %f %j %o %O %c %%), missing and extra
// arguments, and a first argument that is not a string.
require('../common');
const assert = require('assert');
const { format } = require('util');

const circular = { name: 'c' };
circular.self = circular;
class WithToString {
  toString() { return 'custom toString'; }
}
class Plain {
  constructor() {
    this.p = 1;
  }
}

assert.strictEqual(format(),
                   '');
assert.strictEqual(format('plain'),
                   'plain');
assert.strictEqual(format('%s'),
                   '%s');
assert.strictEqual(format('%s', 'a'),
                   'a');
assert.strictEqual(format('%s %s', 'a'),
                   'a %s');
assert.strictEqual(format('%s', 'a', 'b'),
                   'a b');
assert.strictEqual(format('%s', 42),
                   '42');
assert.strictEqual(format('%s', -0),
                   '-0');
assert.strictEqual(format('%s', 10n),
                   '10n');
assert.strictEqual(format('%s', Symbol('s')),
                   'Symbol(s)');
assert.strictEqual(format('%s', null),
                   'null');
assert.strictEqual(format('%s', undefined),
                   'undefined');
assert.strictEqual(format('%s', { a: { b: { c: 1 } } }),
                   '{ a: [Object] }');
assert.strictEqual(format('%s', [1, [2, [3]]]),
                   '[ 1, [Array] ]');
assert.strictEqual(format('%s', new WithToString()),
                   'custom toString');
assert.strictEqual(format('%s', new Plain()),
                   'Plain { p: 1 }');
assert.strictEqual(format('%s', { toString() { return 'own toString'; } }),
                   'own toString');
assert.strictEqual(format('%s', Object.create(null)),
                   '[Object: null prototype] {}');
assert.strictEqual(format('%s', new Date(0)),
                   '1970-01-01T00:00:00.000Z');
assert.strictEqual(format('%s', new Map([[1, 2]])),
                   'Map(1) { 1 => 2 }');
assert.strictEqual(format('%s', () => {}),
                   '() => {}');
assert.strictEqual(format('%s', { [Symbol.toPrimitive]() { return 'primitive'; } }),
                   'primitive');
assert.strictEqual(format('%d', 42),
                   '42');
assert.strictEqual(format('%d', '42'),
                   '42');
assert.strictEqual(format('%d', 1.5),
                   '1.5');
assert.strictEqual(format('%d', -0),
                   '-0');
assert.strictEqual(format('%d', 10n),
                   '10n');
assert.strictEqual(format('%d', Symbol('s')),
                   'NaN');
assert.strictEqual(format('%d', {}),
                   'NaN');
assert.strictEqual(format('%d', ''),
                   '0');
assert.strictEqual(format('%i', 42.9),
                   '42');
assert.strictEqual(format('%i', '42.9abc'),
                   '42');
assert.strictEqual(format('%i', 10n),
                   '10n');
assert.strictEqual(format('%i', 'abc'),
                   'NaN');
assert.strictEqual(format('%f', '1.5e3'),
                   '1500');
assert.strictEqual(format('%f', 'abc'),
                   'NaN');
assert.strictEqual(format('%f', Symbol('s')),
                   'NaN');
assert.strictEqual(format('%j', { a: [1, 'b'] }),
                   '{"a":[1,"b"]}');
assert.strictEqual(format('%j', undefined),
                   'undefined');
assert.strictEqual(format('%j', circular),
                   '[Circular]');
assert.strictEqual(format('%o', { a: [1, { b: { c: { d: { e: 1 } } } }] }),
                   '{\n' +
                   '  a: [\n' +
                   '    1,\n' +
                   '    { b: { c: { d: [Object] } } },\n' +
                   '    [length]: 2\n' +
                   '  ]\n' +
                   '}');
assert.strictEqual(format('%o', [1, 2]),
                   '[ 1, 2, [length]: 2 ]');
assert.strictEqual(format('%O', { a: { b: { c: { d: 1 } } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(format('%O', 'str'),
                   "'str'");
assert.strictEqual(format('%c', 'color: red'),
                   '');
assert.strictEqual(format('a%cb', 'css', 'extra'),
                   'ab extra');
assert.strictEqual(format('%%'),
                   '%%');
assert.strictEqual(format('%%', 1),
                   '% 1');
assert.strictEqual(format('%% %s', 'x'),
                   '% x');
assert.strictEqual(format('100%'),
                   '100%');
assert.strictEqual(format('%', 1),
                   '% 1');
assert.strictEqual(format('%x', 1),
                   '%x 1');
assert.strictEqual(format('%s:%s', 'a'),
                   'a:%s');
assert.strictEqual(format('a', 'b', 'c'),
                   'a b c');
assert.strictEqual(format(1, 2, 3),
                   '1 2 3');
assert.strictEqual(format({ a: 1 }, 'b'),
                   '{ a: 1 } b');
assert.strictEqual(format(null, undefined),
                   'null undefined');
assert.strictEqual(format('%s', 'a', { b: 1 }, [2], 'c'),
                   'a { b: 1 } [ 2 ] c');
assert.strictEqual(format('%d%d', 1, 2),
                   '12');

