'use strict';
// querystring.parse(): separators of any length, maxKeys, '+' as a space, decoding only what
// holds a valid %XX (with the byte-wise fallback for malformed UTF-8), custom decoders.
require('../common');
const assert = require('assert');
const qs = require('querystring');

const parse = (...args) => ({ ...qs.parse(...args) });
assert.strictEqual(Object.getPrototypeOf(qs.parse('a=1')), null);
assert.deepStrictEqual(parse('a=1&a=2&a=3&b&=c&&d=%41+x'), { a: ['1', '2', '3'], b: '', '': 'c', d: 'A x' });
assert.deepStrictEqual(parse('a:1;b:2', ';', ':'), { a: '1', b: '2' });
assert.deepStrictEqual(parse('a==1&&b==2', '&&', '=='), { a: '1', b: '2' });
assert.deepStrictEqual(parse('aab=1', 'ab'), { 'aab': '1' });
assert.deepStrictEqual(parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), { a: '1', b: '2' });
assert.deepStrictEqual(parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }), { a: '1', b: '2', c: '3' });
assert.deepStrictEqual(parse('a=%ff%41&%zz=1&b=%E2%82'), { a: '\ufffdA', '%zz': '1', b: '\ufffd' });
assert.deepStrictEqual(parse('x=é%ff'), { x: '\ufffd\ufffd' });
assert.deepStrictEqual(parse('x=é%zz'), { x: 'é%zz' });
assert.deepStrictEqual(parse('__proto__=1&constructor=2'), { ['__proto__']: '1', constructor: '2' });
assert.deepStrictEqual(parse('a=b', null, null, { decodeURIComponent: (s) => s.toUpperCase() }),
                       { A: 'B' });
assert.deepStrictEqual(parse('a+b=c+d', null, null, { decodeURIComponent: (s) => s }),
                       { 'a%20b': 'c%20d' });
assert.deepStrictEqual(parse(''), {});
assert.deepStrictEqual(parse(5), {});
assert.deepStrictEqual(parse('&&'), {});
assert.deepStrictEqual(parse('a&'), { a: '' });
assert.strictEqual(qs.decode, qs.parse);
