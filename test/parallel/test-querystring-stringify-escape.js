'use strict';
// querystring.stringify(), escape(), unescape() and unescapeBuffer().
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.deepStrictEqual(Object.keys(qs),
                       ['unescapeBuffer', 'unescape', 'escape', 'stringify', 'encode', 'parse', 'decode']);
assert.strictEqual(qs.stringify({ a: [1, 2], b: [], c: 1e21, d: NaN, e: true, f: null, g: {},
                                  h: 10n, i: -0, j: '' }),
                   'a=1&a=2&c=1e%2B21&d=&e=true&f=&g=&h=10&i=0&j=');
assert.strictEqual(qs.stringify({ 'a b': 'c&d', é: '~*' }), 'a%20b=c%26d&%C3%A9=~*');
assert.strictEqual(qs.stringify({ a: 1 }, ';', ':'), 'a:1');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, null, null, { encodeURIComponent: (s) => `[${s}]` }),
                   '[a]=[1]&[b]=[2]');
assert.strictEqual(qs.stringify('x'), '');
assert.strictEqual(qs.encode, qs.stringify);

assert.strictEqual(qs.escape('a b\u00e9~*!\'()'), 'a%20b%C3%A9~*!\'()');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'x y'; } }), 'x%20y');
assert.strictEqual(qs.escape('\ud83d\ude00'), '%F0%9F%98%80');
// A surrogate takes the next code unit with it, whatever it is; one at the end is an error.
assert.strictEqual(qs.escape('a\udc00b'), 'a%F0%90%81%A2');
assert.throws(() => qs.escape('\ud800'), {
  name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed',
});

assert.strictEqual(qs.unescape('%ff%41'), '\ufffdA');
assert.strictEqual(qs.unescape('a%20b'), 'a b');
assert.deepStrictEqual(qs.unescapeBuffer('%41+%zz%4', true), Buffer.from('A %zz%4'));
assert.deepStrictEqual(qs.unescapeBuffer('%41+'), Buffer.from('A+'));
assert.deepStrictEqual(qs.unescapeBuffer('abc'), Buffer.from('abc'));
