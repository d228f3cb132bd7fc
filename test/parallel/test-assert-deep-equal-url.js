'use strict';
// URL objects under deepEqual / deepStrictEqual: compared by href (their state is not in own
// properties), plus their own keys, and their prototypes under strict.
require('../common');
const assert = require('assert');
const util = require('util');

class SubURL extends URL {}

assert.deepStrictEqual(new URL('http://a/'), new URL('http://a/'));
assert.deepEqual(new URL('http://a/b?c'), new URL('http://a/b?c'));
assert.ok(util.isDeepStrictEqual(new URL('http://a/'), new URL('http://a/')));

assert.notDeepEqual(new URL('http://a/'), new URL('http://b/'));
assert.notDeepStrictEqual(new URL('http://a/'), new URL('http://b/'));
assert.throws(() => assert.deepStrictEqual(new URL('http://a/'), new URL('http://b/')), {
  code: 'ERR_ASSERTION',
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '+ http://a/\n- http://b/\n         ^',
});

// A subclass: loosely equal only.
assert.deepEqual(new SubURL('http://a/'), new URL('http://a/'));
assert.notDeepStrictEqual(new SubURL('http://a/'), new URL('http://a/'));

// Own properties count.
const withKey = new URL('http://a/');
withKey.x = 1;
assert.notDeepEqual(withKey, new URL('http://a/'));

// URL-like objects (href and protocol, no auth or path) other than plain objects are
// compared by href too.
const proto = { protocol: 'x:', [Symbol.toStringTag]: 'Z' };
const urlLike = (href) => Object.defineProperty(Object.create(proto), 'href', { value: href });
assert.notDeepEqual(urlLike('a'), urlLike('b'));
assert.deepStrictEqual(urlLike('a'), urlLike('a'));
