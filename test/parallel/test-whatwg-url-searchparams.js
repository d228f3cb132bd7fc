'use strict';
// URLSearchParams: construction from strings, records and iterables, the list methods (has
// and delete with a value, size, stable sort), live iterators, serialization, and the link
// with a URL's query.
require('../common');
const assert = require('assert');

const pairs = (params) => [...params];

assert.strictEqual(new URLSearchParams('?a=1&b=2&&c').toString(), 'a=1&b=2&c=');
assert.strictEqual(new URLSearchParams('??a=b').toString(), '%3Fa=b');
assert.strictEqual(new URLSearchParams(null).toString(), '');
assert.strictEqual(new URLSearchParams(5).toString(), '5=');
assert.strictEqual(new URLSearchParams({ a: 1, b: [2, 3] }).toString(), 'a=1&b=2%2C3');
assert.strictEqual(new URLSearchParams({ a: undefined, b: null, c: {} }).toString(),
                   'a=undefined&b=null&c=%5Bobject+Object%5D');
assert.strictEqual(new URLSearchParams(Object.create({ inherited: 1 }, {
  own: { value: 2, enumerable: true }, hidden: { value: 3 },
})).toString(), 'own=2');
assert.strictEqual(new URLSearchParams([['a', 'b'], new Set(['x', 'y'])]).toString(), 'a=b&x=y');
assert.strictEqual(new URLSearchParams(new URLSearchParams('a=1&b=2')).toString(), 'a=1&b=2');
// Keys equal once made well-formed keep the first place and the last value.
assert.deepStrictEqual(pairs(new URLSearchParams({ '\ud800': 'x', 'a': 'y', '\udc00': 'z' })),
                       [['\ufffd', 'z'], ['a', 'y']]);

// Parsing: '+' is a space, %XX are UTF-8 bytes, bad bytes are U+FFFD.
assert.deepStrictEqual(pairs(new URLSearchParams('%zz=%ff%fe&%e2%82=1&+=%2B&a+b=c%20d')),
                       [['%zz', '\ufffd\ufffd'], ['\ufffd', '1'], [' ', '+'], ['a b', 'c d']]);
assert.strictEqual(new URLSearchParams('a=\ud800').get('a'), '\ufffd');
assert.strictEqual(new URLSearchParams([['\ud800', 'x']]).get('\ufffd'), 'x');

// Serialization: the application/x-www-form-urlencoded percent-encode set, spaces as '+'.
assert.strictEqual(new URLSearchParams([['a b', 'é*-._~!\'()']]).toString(),
                   'a+b=%C3%A9*-._%7E%21%27%28%29');
assert.strictEqual(new URLSearchParams([['\ud83d\ude00', '&=+']]).toString(), '%F0%9F%98%80=%26%3D%2B');

const params = new URLSearchParams('a=1&a=2&b=3');
assert.strictEqual(params.size, 3);
assert.strictEqual(params.get('a'), '1');
assert.strictEqual(params.get('z'), null);
assert.deepStrictEqual(params.getAll('a'), ['1', '2']);
assert.strictEqual(params.has('a'), true);
assert.strictEqual(params.has('a', '2'), true);
assert.strictEqual(params.has('a', '3'), false);
assert.strictEqual(params.has('a', undefined), true);
params.delete('a', '2');
assert.strictEqual(params.toString(), 'a=1&b=3');
params.append('a', 4);
params.set('a', 'x');
assert.strictEqual(params.toString(), 'a=x&b=3');
params.set('c', 'y');
params.delete('b', undefined);
assert.strictEqual(params.toString(), 'a=x&c=y');

// sort() is stable and compares UTF-16 code units.
const sorted = new URLSearchParams('z=1&a=2&z=0&b=3&a=1&\uffff=4&\ud83d\ude00=5&\ufb01=6');
sorted.sort();
assert.deepStrictEqual(pairs(sorted), [['a', '2'], ['a', '1'], ['b', '3'], ['z', '1'], ['z', '0'],
                                       ['\ud83d\ude00', '5'], ['\ufb01', '6'], ['\uffff', '4']]);

// Iterators and forEach see changes made while they run.
const live = new URLSearchParams('a=1&b=2&a=3');
const entries = live.entries();
assert.deepStrictEqual(entries.next(), { value: ['a', '1'], done: false });
live.delete('a');
assert.deepStrictEqual(entries.next(), { value: undefined, done: true });
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
const seen = [];
new URLSearchParams('a=1&b=2').forEach(function(value, name, object) {
  seen.push([value, name, this, object instanceof URLSearchParams]);
}, 'T');
assert.deepStrictEqual(seen.map((s) => [s[0], s[1], String(s[2]), s[3]]),
                       [['1', 'a', 'T', true], ['2', 'b', 'T', true]]);
const iteratorPrototype = Object.getPrototypeOf(live.keys());
assert.deepStrictEqual(Object.getOwnPropertyNames(iteratorPrototype), ['next']);
assert.strictEqual(Object.getPrototypeOf(iteratorPrototype),
                   Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));

// The URL's query follows searchParams and the other way round.
const url = new URL('http://a/b?x=1');
const sp = url.searchParams;
assert.strictEqual(url.searchParams, sp);
sp.append('y', 'a b');
assert.strictEqual(url.href, 'http://a/b?x=1&y=a+b');
assert.strictEqual(url.search, '?x=1&y=a+b');
url.search = 'z=2';
assert.deepStrictEqual(pairs(sp), [['z', '2']]);
url.href = 'http://b/?q=3';
assert.deepStrictEqual(pairs(sp), [['q', '3']]);
url.search = '';
assert.strictEqual(sp.size, 0);
const emptied = new URL('http://a/b?');
emptied.searchParams.sort();
assert.strictEqual(emptied.href, 'http://a/b');
const spaced = new URL('http://a/b?c d&e=f+g');
assert.deepStrictEqual(pairs(spaced.searchParams), [['c d', ''], ['e', 'f g']]);
spaced.searchParams.append('h', 'i j');
assert.strictEqual(spaced.href, 'http://a/b?c+d=&e=f+g&h=i+j');
// An opaque path loses its trailing spaces once nothing can follow them.
const opaque = new URL('sc:a  ?x');
opaque.searchParams.delete('x');
assert.strictEqual(opaque.href, 'sc:a');

// The shape of the prototype.
assert.deepStrictEqual(Object.getOwnPropertyNames(URLSearchParams.prototype), [
  'constructor', 'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString',
]);
assert.strictEqual(URLSearchParams.length, 0);
assert.deepStrictEqual(['append', 'delete', 'has', 'forEach'].map((n) => URLSearchParams.prototype[n].length),
                       [2, 1, 1, 1]);
assert.strictEqual(Object.prototype.toString.call(params), '[object URLSearchParams]');
