'use strict';
// url.urlToHttpOptions(): the options http.request() takes, from a URL (or URL-like object).
require('../common');
const assert = require('assert');
const { urlToHttpOptions } = require('url');

const options = urlToHttpOptions(new URL('https://u:p@[::1]:8080/a/b?c=d#e'));
assert.strictEqual(Object.getPrototypeOf(options), null);
assert.deepStrictEqual({ ...options }, {
  protocol: 'https:', hostname: '::1', hash: '#e', search: '?c=d', pathname: '/a/b',
  path: '/a/b?c=d', href: 'https://u:p@[::1]:8080/a/b?c=d#e', port: 8080, auth: 'u:p',
});
assert.deepStrictEqual({ ...urlToHttpOptions(new URL('http://%41:%42@a.com/')) }, {
  protocol: 'http:', hostname: 'a.com', hash: '', search: '', pathname: '/', path: '/',
  href: 'http://%41:%42@a.com/', auth: 'A:B',
});
const extended = Object.assign(new URL('http://a'), { foo: 1 });
assert.deepStrictEqual(Object.keys(urlToHttpOptions(extended)),
                       ['foo', 'protocol', 'hostname', 'hash', 'search', 'pathname', 'path', 'href']);
const fromObject = urlToHttpOptions({});
assert.strictEqual(fromObject.path, '');
assert.ok(Number.isNaN(fromObject.port));
