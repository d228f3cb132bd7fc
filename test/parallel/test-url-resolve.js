'use strict';
// url.resolve() and url.resolveObject(): RFC 1808 examples and Node's treatment of
// protocols without slashes, protocol changes, hosts and auth.
require('../common');
const assert = require('assert');
const url = require('url');

const resolveCases = [
  ["http://a/b/c/d;p?q", "g", "http://a/b/c/g"],
  ["http://a/b/c/d;p?q", "./g", "http://a/b/c/g"],
  ["http://a/b/c/d;p?q", "g/", "http://a/b/c/g/"],
  ["http://a/b/c/d;p?q", "/g", "http://a/g"],
  ["http://a/b/c/d;p?q", "//g", "http://g/"],
  ["http://a/b/c/d;p?q", "?y", "http://a/b/c/d;p?y"],
  ["http://a/b/c/d;p?q", "g?y", "http://a/b/c/g?y"],
  ["http://a/b/c/d;p?q", "#s", "http://a/b/c/d;p?q#s"],
  ["http://a/b/c/d;p?q", "g#s", "http://a/b/c/g#s"],
  ["http://a/b/c/d;p?q", "..", "http://a/b/"],
  ["http://a/b/c/d;p?q", "../", "http://a/b/"],
  ["http://a/b/c/d;p?q", "../g", "http://a/b/g"],
  ["http://a/b/c/d;p?q", "../..", "http://a/"],
  ["http://a/b/c/d;p?q", "../../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "../../../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "g;x", "http://a/b/c/g;x"],
  ["http://a/b/c/d;p?q", ".", "http://a/b/c/"],
  ["http://a/b/c/d;p?q", "./", "http://a/b/c/"],
  ["mailto:local1@domain1", "local2@domain2", "mailto:local2@domain2"],
  ["http://example.com/b//c//d;p?q#blarg", "https:/p/a/t/h?s#hash2", "https://p/a/t/h?s#hash2"],
  ["http://example.com/b//c//d;p?q#blarg", "http:#hash2", "http://example.com/b//c//d;p?q#hash2"],
  ["http://example.com/b//c//d;p?q#blarg", "https:#hash2", "https:///#hash2"],
  ["http://example.com/b//c//d;p?q#blarg", "mailto:x", "mailto:x"],
  ["/foo/bar/baz", "quux", "/foo/bar/quux"],
  ["/foo/bar/baz", "../../../../../../../../quux", "/quux"],
  ["/foo/bar/baz", "/quux", "/quux"],
  ["/foo/bar/baz", "", "/foo/bar/baz"],
  ["http://a.com/b", "//c.com/d", "http://c.com/d"],
  ["http://a.com/b", "http:", "http://a.com/b"],
  ["http://a.com/b", "http://u@x/y", "http://u@x/y"],
  ["foo.com/a", "b", "foo.com/b"],
  ["http://u:p@a.com/", "//b.com", "http://b.com/"],
  ["http://u:p@a.com/", "?x", "http://u:p@a.com/?x"],
  ["http://u:p@a.com/", "#y", "http://u:p@a.com/#y"],
];

for (const [from, to, expected] of resolveCases) {
  assert.strictEqual(url.resolve(from, to), expected, `${from} + ${to}`);
  assert.strictEqual(url.resolveObject(from, to).href, expected, `${from} + ${to}`);
  assert.strictEqual(url.parse(from, false, true).resolve(to), expected, `${from} + ${to}`);
}

const resolved = url.resolveObject('mailto:local1@domain1', 'local2@domain2');
assert.strictEqual(resolved.auth, 'local2');
assert.strictEqual(resolved.host, 'domain2');
// The auth goes when the relative URL names the protocol.
assert.strictEqual(url.resolveObject('user:pw@', 'user:pw@').auth, null);
assert.strictEqual(url.resolveObject('', 'x'), 'x');
const object = url.resolveObject('http://a/b', url.parse('c?d', false, true));
assert.strictEqual(object.href, 'http://a/c?d');
assert.strictEqual(object.path, '/c?d');
