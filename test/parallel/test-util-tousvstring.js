'use strict';
// util.toUSVString(): lone surrogates become U+FFFD; other values are stringified.
require('../common');
const assert = require('assert');
const { toUSVString } = require('util');

assert.strictEqual(toUSVString('abc'), 'abc');
assert.strictEqual(toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(toUSVString('\udc00\ud800'), '\ufffd\ufffd');
assert.strictEqual(toUSVString('\ud83d\ude00'), '\ud83d\ude00');
assert.strictEqual(toUSVString('x\ud83d'), 'x\ufffd');
assert.strictEqual(toUSVString('\ud800\ud800\udc00'), '\ufffd\ud800\udc00');
assert.strictEqual(toUSVString(5), '5');
assert.strictEqual(toUSVString(), 'undefined');
assert.strictEqual(toUSVString(null), 'null');
assert.strictEqual(toUSVString({ toString() { return '\udfff'; } }), '\ufffd');
assert.throws(() => toUSVString(Symbol('s')), TypeError);
