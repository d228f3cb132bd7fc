'use strict';
// url.parse(): Node's legacy grammar with its quirks (backslashes, whitespace, the fast path
// for plain paths, auth with several '@', auto-escaping, IDNA of the hostname, tabs dropped
// from the host), parseQueryString and slashesDenoteHost, and its errors.
require('../common');
const assert = require('assert');
const url = require('url');

const parseCases = [
  ["http://user:pw@example.com:8080/a/b?c=d#e", false, false,
   {"protocol":"http:","slashes":true,"auth":"user:pw","host":"example.com:8080","port":"8080","hostname":"example.com","hash":"#e","search":"?c=d","query":"c=d","pathname":"/a/b","path":"/a/b?c=d","href":"http://user:pw@example.com:8080/a/b?c=d#e"}],
  ["HTTP://X.COM/a b?c d#e f", true, false,
   {"protocol":"http:","slashes":true,"host":"x.com","hostname":"x.com","hash":"#e%20f","search":"?c%20d","query":{"c d":""},"pathname":"/a%20b","path":"/a%20b?c%20d","href":"http://x.com/a%20b?c%20d#e%20f"}],
  ["  \thttp://a.com\\b\\c?d\\e  ", false, false,
   {"protocol":"http:","slashes":true,"host":"a.com","hostname":"a.com","search":"?d%5Ce","query":"d%5Ce","pathname":"/b/c","path":"/b/c?d%5Ce","href":"http://a.com/b/c?d%5Ce"}],
  ["/a/b?c", true, false,
   {"search":"?c","query":{"c":""},"pathname":"/a/b","path":"/a/b?c","href":"/a/b?c"}],
  ["/a/b", false, false,
   {"pathname":"/a/b","path":"/a/b","href":"/a/b"}],
  ["//host/x", false, false,
   {"pathname":"//host/x","path":"//host/x","href":"//host/x"}],
  ["//host/x", false, true,
   {"slashes":true,"host":"host","hostname":"host","pathname":"/x","path":"/x","href":"//host/x"}],
  ["mailto:a@b.com", false, false,
   {"protocol":"mailto:","auth":"a","host":"b.com","hostname":"b.com","href":"mailto:a@b.com"}],
  ["javascript:alert(\"x y\")", false, false,
   {"protocol":"javascript:","pathname":"alert(\"x y\")","path":"alert(\"x y\")","href":"javascript:alert(\"x y\")"}],
  ["http://a@b@c/", false, false,
   {"protocol":"http:","slashes":true,"auth":"a@b","host":"c","hostname":"c","pathname":"/","path":"/","href":"http://a%40b@c/"}],
  ["http://a@b?@c", false, false,
   {"protocol":"http:","slashes":true,"auth":"a","host":"b","hostname":"b","search":"?@c","query":"@c","pathname":"/","path":"/?@c","href":"http://a@b/?@c"}],
  ["http://[::1]:3000/x", false, false,
   {"protocol":"http:","slashes":true,"host":"[::1]:3000","port":"3000","hostname":"::1","pathname":"/x","path":"/x","href":"http://[::1]:3000/x"}],
  ["http://ex ample.com/", false, false,
   {"protocol":"http:","slashes":true,"host":"ex","hostname":"ex","pathname":"%20ample.com/","path":"%20ample.com/","href":"http://ex/%20ample.com/"}],
  ["http://a\tb.com/", false, false,
   {"protocol":"http:","slashes":true,"host":"ab.com","hostname":"ab.com","pathname":"/","path":"/","href":"http://ab.com/"}],
  ["file:///C:/x", false, false,
   {"protocol":"file:","slashes":true,"host":"","hostname":"","pathname":"/C:/x","path":"/C:/x","href":"file:///C:/x"}],
  ["xmpp:isaacschlueter@jabber.org", false, false,
   {"protocol":"xmpp:","auth":"isaacschlueter","host":"jabber.org","hostname":"jabber.org","href":"xmpp:isaacschlueter@jabber.org"}],
  ["http://español.com/", false, false,
   {"protocol":"http:","slashes":true,"host":"xn--espaol-zwa.com","hostname":"xn--espaol-zwa.com","pathname":"/","path":"/","href":"http://xn--espaol-zwa.com/"}],
  ["http://x.com", false, false,
   {"protocol":"http:","slashes":true,"host":"x.com","hostname":"x.com","pathname":"/","path":"/","href":"http://x.com/"}],
  ["a/b", false, false,
   {"pathname":"a/b","path":"a/b","href":"a/b"}],
  ["?q=1#h", true, false,
   {"hash":"#h","search":"?q=1","query":{"q":"1"},"path":"?q=1","href":"?q=1#h"}],
  ["http://x\u0000y.com/z", false, false,
   {"protocol":"http:","slashes":true,"host":"x","hostname":"x","pathname":"/z","path":"/z","href":"http://x/z"}],
  ["HTTP:foo", false, false,
   {"protocol":"http:","host":"foo","hostname":"foo","pathname":"/","path":"/","href":"http://foo/"}],
  ["http://a.com:99999/", false, false,
   {"protocol":"http:","slashes":true,"host":"a.com:99999","port":"99999","hostname":"a.com","pathname":"/","path":"/","href":"http://a.com:99999/"}],
  ["/p\"a{b}", false, false,
   {"pathname":"/p\"a{b}","path":"/p\"a{b}","href":"/p\"a{b}"}],
  ["http://a.com/p\"a{b}#x", false, false,
   {"protocol":"http:","slashes":true,"host":"a.com","hostname":"a.com","hash":"#x","pathname":"/p%22a%7Bb%7D","path":"/p%22a%7Bb%7D","href":"http://a.com/p%22a%7Bb%7D#x"}],
];

for (const [input, parseQueryString, slashesDenoteHost, expected] of parseCases) {
  const parsed = url.parse(input, parseQueryString, slashesDenoteHost);
  assert.ok(parsed instanceof url.Url);
  const actual = {};
  for (const key of Object.keys(parsed)) {
    const value = parsed[key];
    if (value === null) continue;
    if (key === 'query' && typeof value === 'object') {
      assert.strictEqual(Object.getPrototypeOf(value), null);
      actual[key] = { ...value };
    } else {
      actual[key] = value;
    }
  }
  assert.deepStrictEqual(actual, expected, JSON.stringify(input));
}

// Every field is there, null when not found, in Node's order.
assert.deepStrictEqual(Object.keys(url.parse('x')), [
  'protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href',
]);
assert.deepStrictEqual(Object.keys(url.Url.prototype),
                       ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']);
const existing = url.parse('http://a/');
assert.strictEqual(url.parse(existing), existing);

assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.parse('http://a%zz@b/'), URIError);
// A hostname that IDNA turns into nothing, or into forbidden characters, is an error.
assert.throws(() => url.parse('http://\u00ad/'), { code: 'ERR_INVALID_URL', input: 'http://\u00ad/' });
assert.throws(() => url.parse('http://a[b/'), { code: 'ERR_INVALID_URL' });
