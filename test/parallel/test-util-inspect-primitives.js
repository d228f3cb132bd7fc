'use strict';
// util.inspect() of primitives: numbers (-0, numericSeparator), bigints, symbols, and strings
// (quote selection, escaping, maxStringLength, splitting of long multi-line strings).
require('../common');
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect(undefined), 'undefined');
assert.strictEqual(inspect(null), 'null');
assert.strictEqual(inspect(true), 'true');
assert.strictEqual(inspect(0), '0');
assert.strictEqual(inspect(-0), '-0');
assert.strictEqual(inspect([0, -0]), '[ 0, -0 ]');
assert.strictEqual(inspect(NaN), 'NaN');
assert.strictEqual(inspect(-Infinity), '-Infinity');
assert.strictEqual(inspect(1e21), '1e+21');
assert.strictEqual(inspect(1n), '1n');
assert.strictEqual(inspect(-123n), '-123n');

// numericSeparator groups integer digits from the right and fraction digits from the left.
const sep = { numericSeparator: true };
assert.strictEqual(inspect(1234567, sep), '1_234_567');
assert.strictEqual(inspect(-1234.5678, sep), '-1_234.567_8');
assert.strictEqual(inspect(0.0001234, sep), '0.000_123_4');
assert.strictEqual(inspect(123, sep), '123');
assert.strictEqual(inspect(1e21, sep), '1e+21');
assert.strictEqual(inspect(-0, sep), '0');
assert.strictEqual(inspect(NaN, sep), 'NaN');
assert.strictEqual(inspect(-12345678n, sep), '-12_345_678n');

// Symbols.
assert.strictEqual(inspect(Symbol('a')), 'Symbol(a)');
assert.strictEqual(inspect(Symbol()), 'Symbol()');
assert.strictEqual(inspect(Symbol.iterator), 'Symbol(Symbol.iterator)');

// Quotes: single by default; double if the string has single quotes only; backticks if it has
// both (and no backtick or "${"); otherwise single quotes, escaped.
assert.strictEqual(inspect('abc'), "'abc'");
assert.strictEqual(inspect("it's"), '"it\'s"');
assert.strictEqual(inspect('say "hi"'), '\'say "hi"\'');
assert.strictEqual(inspect('it\'s "x"'), '`it\'s "x"`');
assert.strictEqual(inspect('it\'s "x" `y`'), '\'it\\\'s "x" `y`\'');
assert.strictEqual(inspect('it\'s "x" ${y}'), '\'it\\\'s "x" ${y}\'');

// Escapes.
assert.strictEqual(inspect('a\nb\tc\r'), "'a\\nb\\tc\\r'");
assert.strictEqual(inspect('\0\x01\x1f\x7f\x9f\v\b\f'), "'\\x00\\x01\\x1F\\x7F\\x9F\\x0B\\b\\f'");
assert.strictEqual(inspect('back\\slash'), "'back\\\\slash'");
assert.strictEqual(inspect('\ud800x'), "'\\ud800x'");
assert.strictEqual(inspect('x\udc00'), "'x\\udc00'");
assert.strictEqual(inspect('\ud83d\ude00'), "'\ud83d\ude00'");
assert.strictEqual(inspect('é日本'), "'é日本'");

// maxStringLength.
assert.strictEqual(inspect('abcdef', { maxStringLength: 4 }), "'abcd'... 2 more characters");
assert.strictEqual(inspect('abcde', { maxStringLength: 4 }), "'abcd'... 1 more character");
assert.strictEqual(inspect('abc', { maxStringLength: 0 }), "''... 3 more characters");
assert.strictEqual(inspect('abc', { maxStringLength: null }), "'abc'");

// Strings with line breaks longer than the available width are split after each "\n".
const lines = 'first line of text\nsecond line of text\nthird line of text\n' +
  'and the fourth one, a bit longer';
assert.strictEqual(inspect(lines),
                   "'first line of text\\n' +\n" +
                   "  'second line of text\\n' +\n" +
                   "  'third line of text\\n' +\n" +
                   "  'and the fourth one, a bit longer'");
assert.strictEqual(inspect({ key: lines }),
                   '{\n' +
                   "  key: 'first line of text\\n' +\n" +
                   "    'second line of text\\n' +\n" +
                   "    'third line of text\\n' +\n" +
                   "    'and the fourth one, a bit longer'\n" +
                   '}');
// Short enough, or without line breaks, or compact: true: one literal.
assert.strictEqual(inspect('a\nb'), "'a\\nb'");
assert.strictEqual(inspect('x'.repeat(100)), `'${'x'.repeat(100)}'`);
assert.strictEqual(inspect(lines, { compact: true }),
                   "'first line of text\\nsecond line of text\\nthird line of text\\n" +
                   "and the fourth one, a bit longer'");
