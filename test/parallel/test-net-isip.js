'use strict';
// net.isIP, isIPv4, isIPv6: dotted quads without leading zeros, IPv6 in every form Node
// accepts (compressed, embedded IPv4, zone ids), anything else 0/false; non-strings are
// converted.
require('../common');
const assert = require('assert');
const net = require('net');

const v4 = ['0.0.0.0', '127.0.0.1', '255.255.255.255', '1.2.3.4', '10.0.0.255'];
const v6 = ['::', '::1', '1::', 'fe80::1', '2001:db8::ff00:42:8329', '1:2:3:4:5:6:7:8',
            '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '::ffff:127.0.0.1', '::127.0.0.1',
            '1:2:3:4:5:6:1.2.3.4', 'fe80::1%eth0', 'fe80::1%1', 'FE80::ABCD', '0:0:0:0:0:0:0:0'];
const neither = ['', ' ', '1.2.3', '1.2.3.4.5', '01.2.3.4', '256.0.0.0', '1.2.3.4 ', ' 1.2.3.4',
                 ':', ':::', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '12345::',
                 'g::', '::1.2.3', '1.2.3.4::', 'fe80::1%', '%eth0', 'localhost', '1:2:3:4:5:6:7',
                 '::1.2.3.04', 'example.com'];
for (const a of v4) {
  assert.strictEqual(net.isIP(a), 4, a);
  assert.strictEqual(net.isIPv4(a), true, a);
  assert.strictEqual(net.isIPv6(a), false, a);
}
for (const a of v6) {
  assert.strictEqual(net.isIP(a), 6, a);
  assert.strictEqual(net.isIPv4(a), false, a);
  assert.strictEqual(net.isIPv6(a), true, a);
}
for (const a of neither) {
  assert.strictEqual(net.isIP(a), 0, a);
  assert.strictEqual(net.isIPv4(a), false, a);
  assert.strictEqual(net.isIPv6(a), false, a);
}
assert.strictEqual(net.isIP({ toString: () => '1.2.3.4' }), 4);
assert.strictEqual(net.isIP(123), 0);
assert.strictEqual(net.isIP(), 0);
assert.strictEqual(net.isIPv4(null), false);
assert.throws(() => net.isIP(Symbol('x')), TypeError);
