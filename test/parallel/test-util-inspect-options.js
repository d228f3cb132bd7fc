'use strict';
// util.inspect() options: compact (numbers and booleans), breakLength, sorted, colors,
// customInspect, the legacy (showHidden, depth, colors) signature and inspect.defaultOptions.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const nested = { a: 1, b: { c: { d: { e: 1 } } }, f: [1, 2, 3], g: 'str' };
const wide = { alpha: 'a'.repeat(20), beta: 'b'.repeat(20), gamma: 'c'.repeat(20), delta: [1, 2] };
const custom = { [inspect.custom]() { return 'CUSTOM'; }, x: 1 };

assert.strictEqual(inspect(nested, { compact: false }),
                   '{\n' +
                   '  a: 1,\n' +
                   '  b: {\n' +
                   '    c: {\n' +
                   '      d: [Object]\n' +
                   '    }\n' +
                   '  },\n' +
                   '  f: [\n' +
                   '    1,\n' +
                   '    2,\n' +
                   '    3\n' +
                   '  ],\n' +
                   "  g: 'str'\n" +
                   '}');
assert.strictEqual(inspect(nested, { compact: true }),
                   "{ a: 1, b: { c: { d: [Object] } }, f: [ 1, 2, 3 ], g: 'str' }");
assert.strictEqual(inspect(nested, { compact: 0 }),
                   '{\n' +
                   '  a: 1,\n' +
                   '  b: {\n' +
                   '    c: {\n' +
                   '      d: [Object]\n' +
                   '    }\n' +
                   '  },\n' +
                   '  f: [\n' +
                   '    1,\n' +
                   '    2,\n' +
                   '    3\n' +
                   '  ],\n' +
                   "  g: 'str'\n" +
                   '}');
assert.strictEqual(inspect(nested, { compact: 1 }),
                   '{\n' +
                   '  a: 1,\n' +
                   '  b: {\n' +
                   '    c: { d: [Object] }\n' +
                   '  },\n' +
                   '  f: [ 1, 2, 3 ],\n' +
                   "  g: 'str'\n" +
                   '}');
assert.strictEqual(inspect(nested, { compact: 5, depth: null }),
                   "{ a: 1, b: { c: { d: { e: 1 } } }, f: [ 1, 2, 3 ], g: 'str' }");
assert.strictEqual(inspect(wide),
                   '{\n' +
                   "  alpha: 'aaaaaaaaaaaaaaaaaaaa',\n" +
                   "  beta: 'bbbbbbbbbbbbbbbbbbbb',\n" +
                   "  gamma: 'cccccccccccccccccccc',\n" +
                   '  delta: [ 1, 2 ]\n' +
                   '}');
assert.strictEqual(inspect(wide, { breakLength: Infinity }),
                   "{ alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbb', " +
                   "gamma: 'cccccccccccccccccccc', delta: [ 1, 2 ] }");
assert.strictEqual(inspect(wide, { breakLength: 40 }),
                   '{\n' +
                   "  alpha: 'aaaaaaaaaaaaaaaaaaaa',\n" +
                   "  beta: 'bbbbbbbbbbbbbbbbbbbb',\n" +
                   "  gamma: 'cccccccccccccccccccc',\n" +
                   '  delta: [ 1, 2 ]\n' +
                   '}');
assert.strictEqual(inspect(wide, { compact: true, breakLength: 40 }),
                   "{ alpha: 'aaaaaaaaaaaaaaaaaaaa',\n" +
                   "  beta: 'bbbbbbbbbbbbbbbbbbbb',\n" +
                   "  gamma: 'cccccccccccccccccccc',\n" +
                   '  delta: [ 1, 2 ] }');
assert.strictEqual(inspect({ c: 3, a: 1, b: 2 }, { sorted: true }),
                   '{ a: 1, b: 2, c: 3 }');
assert.strictEqual(inspect({ c: 3, a: 1, b: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) }),
                   '{ c: 3, b: 2, a: 1 }');
assert.strictEqual(inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }),
                   "Map(2) { 'a' => 2, 'b' => 1 }");
assert.strictEqual(inspect(Object.assign([3, 1], { z: 1, y: 2 }), { sorted: true }),
                   '[ 3, 1, y: 2, z: 1 ]');
assert.strictEqual(inspect({ n: 1, s: 'x', b: true, u: undefined, nul: null, sym: Symbol('s'),
                             big: 1n }, { colors: true }),
                   '{\n' +
                   '  n: \u001b[33m1\u001b[39m,\n' +
                   "  s: \u001b[32m'x'\u001b[39m,\n" +
                   '  b: \u001b[33mtrue\u001b[39m,\n' +
                   '  u: \u001b[90mundefined\u001b[39m,\n' +
                   '  nul: \u001b[1mnull\u001b[22m,\n' +
                   '  sym: \u001b[32mSymbol(s)\u001b[39m,\n' +
                   '  big: \u001b[33m1n\u001b[39m\n' +
                   '}');
assert.strictEqual(inspect({ d: new Date(0), r: /r/, f() {}, m: new Map([[1, 2]]) },
                           { colors: true }),
                   '{\n' +
                   '  d: \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n' +
                   '  r: \u001b[31m/r/\u001b[39m,\n' +
                   '  f: \u001b[36m[Function: f]\u001b[39m,\n' +
                   '  m: Map(1) { \u001b[33m1\u001b[39m => \u001b[33m2\u001b[39m }\n' +
                   '}');
assert.strictEqual(inspect([1, , 3], { colors: true }),
                   '[ \u001b[33m1\u001b[39m, \u001b[90m<1 empty item>\u001b[39m, ' +
                   '\u001b[33m3\u001b[39m ]');
assert.strictEqual(inspect(custom),
                   'CUSTOM');
assert.strictEqual(inspect(custom, { customInspect: false }),
                   '{\n' +
                   '  x: 1,\n' +
                   '  [Symbol(nodejs.util.inspect.custom)]: ' +
                   '[Function: [nodejs.util.inspect.custom]]\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }, false, 0),
                   '{ a: [Object] }');
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }, false, null),
                   '{\n' +
                   '  a: { b: { c: { d: 1 } } }\n' +
                   '}');
assert.strictEqual(inspect({ a: 'x' }, false, 0, true),
                   "{ a: \u001b[32m'x'\u001b[39m }");
assert.strictEqual(inspect([], true),
                   '[ [length]: 0 ]');


// A user-supplied stylize function is used when colors are off.
assert.strictEqual(inspect({ a: [1, 'x'] }, { stylize: (s, t) => `<${t}:${s}>` }),
                   "{ <name:a>: [ <number:1>, <string:'x'> ] }");

// inspect.styles and inspect.colors drive the colours.
assert.strictEqual(inspect.styles.number, 'yellow');
assert.deepStrictEqual(inspect.colors.yellow, [33, 39]);
assert.deepStrictEqual(inspect.colors.grey, inspect.colors.gray);
inspect.styles.number = 'red';
assert.strictEqual(inspect(1, { colors: true }), '\u001b[31m1\u001b[39m');
inspect.styles.number = 'yellow';

// inspect.defaultOptions: validated, then merged into the defaults.
assert.strictEqual(inspect.defaultOptions.depth, 2);
assert.strictEqual(inspect.defaultOptions.breakLength, 80);
assert.throws(() => { inspect.defaultOptions = null; },
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => { inspect.defaultOptions = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });
const saved = { ...inspect.defaultOptions };
inspect.defaultOptions = { depth: 0, maxArrayLength: 1 };
assert.strictEqual(inspect({ a: { b: 1 }, c: [1, 2] }), '{ a: [Object], c: [Array] }');
assert.strictEqual(inspect([1, 2]), '[ 1, ... 1 more item ]');
inspect.defaultOptions = saved;
assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
