'use strict';
// util.inspect() of URL, URLSearchParams and their iterators: Node 20's layouts, depth
// handling, showHidden (the URLContext) and subclasses.
require('../common');
const assert = require('assert');
const util = require('util');

const url = new URL('https://user:pw@example.com:8080/a/b?c=d#e');
assert.strictEqual(util.inspect(url), `URL {
  href: 'https://user:pw@example.com:8080/a/b?c=d#e',
  origin: 'https://example.com:8080',
  protocol: 'https:',
  username: 'user',
  password: 'pw',
  host: 'example.com:8080',
  hostname: 'example.com',
  port: '8080',
  pathname: '/a/b',
  search: '?c=d',
  searchParams: URLSearchParams { 'c' => 'd' },
  hash: '#e'
}`);

assert.strictEqual(util.inspect(new URL('file:///C:/x'), { showHidden: true }), `URL {
  href: 'file:///C:/x',
  origin: 'null',
  protocol: 'file:',
  username: '',
  password: '',
  host: '',
  hostname: '',
  port: '',
  pathname: '/C:/x',
  search: '',
  searchParams: URLSearchParams {},
  hash: '',
  [Symbol(context)]: URLContext {
    href: 'file:///C:/x',
    protocol_end: 5,
    username_end: 7,
    host_start: 7,
    host_end: 7,
    pathname_start: 7,
    search_start: 4294967295,
    hash_start: 4294967295,
    port: 4294967295,
    scheme_type: 6,
    [hasPort]: [Getter],
    [hasSearch]: [Getter],
    [hasHash]: [Getter]
  }
}`);

const hidden = util.inspect(url, { showHidden: true });
assert.match(hidden, /protocol_end: 6,\n {4}username_end: 12,\n {4}host_start: 15,\n {4}host_end: 27,/);
assert.match(hidden, /pathname_start: 32,\n {4}search_start: 36,\n {4}hash_start: 40,\n {4}port: 8080,/);

assert.strictEqual(util.inspect(new URL('http://a/'), { depth: -1 }), 'URL {}');
assert.strictEqual(util.inspect({ a: { b: new URL('http://a/') } }, { depth: 1 }), '{ a: { b: URL {} } }');
assert.match(util.inspect(new URL('http://a/'), { depth: 0 }), /searchParams: \[Object\],/);

class MyURL extends URL {}
assert.match(util.inspect(new MyURL('http://b/')), /^MyURL {\n {2}href: 'http:\/\/b\/',/);

// URLSearchParams: one line while it fits in breakLength, else one entry a line.
const params = new URLSearchParams('a=1&bb=22&ccc=333');
assert.strictEqual(util.inspect(params), "URLSearchParams { 'a' => '1', 'bb' => '22', 'ccc' => '333' }");
assert.strictEqual(util.inspect(params, { breakLength: 39 }),
                   "URLSearchParams {\n  'a' => '1',\n  'bb' => '22',\n  'ccc' => '333' }");
assert.strictEqual(util.inspect(params, { breakLength: 40 }),
                   "URLSearchParams { 'a' => '1', 'bb' => '22', 'ccc' => '333' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(params, { depth: -1 }), '[Object]');
assert.strictEqual(util.inspect({ a: { b: params } }, { depth: 1 }), '{ a: { b: [Object] } }');
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2'), { colors: true }),
                   "URLSearchParams { \u001b[32m'a'\u001b[39m => \u001b[32m'1'\u001b[39m, " +
                   "\u001b[32m'b'\u001b[39m => \u001b[32m'2'\u001b[39m }");
class MyParams extends URLSearchParams {}
assert.strictEqual(util.inspect(new MyParams('a=1')), "MyParams { 'a' => '1' }");
const withProperty = new URLSearchParams('a=1');
withProperty.x = 5;
assert.strictEqual(util.inspect(withProperty), "URLSearchParams { 'a' => '1' }");

// Iterators show what is left.
assert.strictEqual(util.inspect(params.keys()), "URLSearchParams Iterator { 'a', 'bb', 'ccc' }");
assert.strictEqual(util.inspect(params.values()), "URLSearchParams Iterator { '1', '22', '333' }");
assert.strictEqual(util.inspect(params.entries()),
                   "URLSearchParams Iterator { [ 'a', '1' ], [ 'bb', '22' ], [ 'ccc', '333' ] }");
assert.strictEqual(util.inspect(params.entries(), { breakLength: 58 }),
                   "URLSearchParams Iterator {\n  [ 'a', '1' ],\n  [ 'bb', '22' ],\n  [ 'ccc', '333' ] }");
assert.strictEqual(util.inspect(params.keys(), { compact: false }),
                   "URLSearchParams Iterator {\n  'a',\n  'bb',\n  'ccc' }");
const iterator = new URLSearchParams('a=1').keys();
iterator.next();
assert.strictEqual(util.inspect(iterator), 'URLSearchParams Iterator {  }');
assert.strictEqual(Object.prototype.toString.call(iterator), '[object URLSearchParams Iterator]');
assert.strictEqual(util.inspect({ a: { b: params.keys() } }, { depth: 1 }), '{ a: { b: [Object] } }');
