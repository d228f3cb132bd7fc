'use strict';
// The URL class: its own and prototype properties as Node 20 defines them, URL.parse(),
// URL.canParse(), toJSON, origin and the globals.
require('../common');
const assert = require('assert');
const url = require('url');

// (Our globals are data properties from their first use on.)
for (const name of ['URL', 'URLSearchParams']) {
  assert.strictEqual(typeof globalThis[name], 'function');
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof descriptor.value, 'function');
  assert.strictEqual(descriptor.writable, true);
  assert.strictEqual(descriptor.enumerable, false);
  assert.strictEqual(descriptor.configurable, true);
}
assert.strictEqual(url.URL, URL);
assert.strictEqual(url.URLSearchParams, URLSearchParams);

assert.deepStrictEqual(Object.getOwnPropertyNames(URL),
                       ['length', 'name', 'prototype', 'parse', 'canParse', 'createObjectURL',
                        'revokeObjectURL']);
assert.deepStrictEqual(Object.getOwnPropertyNames(URL.prototype), [
  'constructor', 'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
for (const name of Object.getOwnPropertyNames(URL.prototype)) {
  if (name === 'constructor') continue;
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.strictEqual(descriptor.enumerable, true, name);
  const settable = !['origin', 'searchParams', 'toString', 'toJSON'].includes(name);
  if (descriptor.get) assert.strictEqual(typeof descriptor.set, settable ? 'function' : 'undefined', name);
}
assert.strictEqual(URL.length, 1);
assert.strictEqual(Object.prototype.toString.call(new URL('http://a')), '[object URL]');
assert.deepStrictEqual(Object.keys(new URL('http://a')), []);

assert.strictEqual(URL.parse('foo'), null);
assert.strictEqual(URL.parse('foo', 'http://a/b').href, 'http://a/foo');
assert.ok(URL.parse('http://x') instanceof URL);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a'), true);
assert.strictEqual(URL.canParse('x', undefined), false);
assert.strictEqual(new URL({ toString() { return 'http://x'; } }).href, 'http://x/');
assert.strictEqual(new URL('http://a/\ud800').pathname, '/%EF%BF%BD');

assert.strictEqual(JSON.stringify(new URL('http://a/b')), '"http://a/b"');
assert.strictEqual(`${new URL('HTTP://A.com:80/./x/../y')}`, 'http://a.com/y');

assert.strictEqual(new URL('blob:https://a.com:443/x').origin, 'https://a.com');
assert.strictEqual(new URL('blob:ftp://a/').origin, 'null');
assert.strictEqual(new URL('blob:d').origin, 'null');
assert.strictEqual(new URL('ftp://a:21/').origin, 'ftp://a');
assert.strictEqual(new URL('sc://a/').origin, 'null');
