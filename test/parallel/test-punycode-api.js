'use strict';
// The deprecated punycode module: the API of punycode.js as Node 20 bundles it, its errors,
// and no warning unless --pending-deprecation.
require('../common');
const assert = require('assert');

process.on('warning', () => assert.fail('unexpected warning'));
const punycode = require('punycode');
assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');
assert.strictEqual(punycode.encode('mañana'), 'maana-pta');
assert.strictEqual(punycode.decode('maana-pta'), 'mañana');
assert.strictEqual(punycode.encode('☃-⌘'), '--dqo34k');
assert.strictEqual(punycode.decode('--dqo34k'), '☃-⌘');
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('a@b@c.é'), 'a@b');
assert.strictEqual(punycode.toASCII('ma\u3002nana'), 'ma.nana');
assert.strictEqual(punycode.toASCII('a\x7f.b'), 'a\x7f.b');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--ESPAOL-ZWA.com'), 'XN--ESPAOL-ZWA.com');
assert.deepStrictEqual(punycode.ucs2.decode('a\ud83d\ude00\ud800b'), [0x61, 0x1f600, 0xd800, 0x62]);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1f600]), 'a\ud83d\ude00');
assert.throws(() => punycode.decode('\u0081-'), {
  name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)',
});
assert.strictEqual(punycode.decode('zzzzz'), '\u7ba5\u7cea');
assert.throws(() => punycode.decode('a-!'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('99999999'), {
  name: 'RangeError', message: 'Overflow: input needs wider integers to process',
});
