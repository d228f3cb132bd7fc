'use strict';
// net.BlockList: addresses, ranges and subnets of both families, check() across IPv4 and its
// IPv6-mapped form, `rules` newest first, SocketAddress arguments, and Node's errors.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const util = require('util');

const list = new net.BlockList();
assert.deepStrictEqual(list.rules, []);
list.addAddress('1.2.3.4');
list.addRange('10.0.0.1', '10.0.0.10');
list.addSubnet('8.8.8.0', 24);
list.addAddress('::1', 'ipv6');
list.addRange('2001:db8::1', '2001:db8::ff', 'IPV6');
list.addSubnet('0:0:0:0:0:0:0:0', 0, 'ipv6');
assert.deepStrictEqual(list.rules, [
  'Subnet: IPv6 ::/0',
  'Range: IPv6 2001:db8::1-2001:db8::ff',
  'Address: IPv6 ::1',
  'Subnet: IPv4 8.8.8.0/24',
  'Range: IPv4 10.0.0.1-10.0.0.10',
  'Address: IPv4 1.2.3.4',
]);
const quoted = list.rules.map((r) => `    '${r}'`).join(',\n');
assert.strictEqual(util.inspect(list), `BlockList {\n  rules: [\n${quoted}\n  ]\n}`);

const small = new net.BlockList();
small.addAddress('1.2.3.4');
small.addRange('10.0.0.1', '10.0.0.10');
small.addSubnet('8.8.8.0', 24);
small.addSubnet('2001:db8::', 32, 'ipv6');
for (const [address, family, expected] of [
  ['1.2.3.4', 'ipv4', true], ['1.2.3.5', 'ipv4', false], ['10.0.0.5', 'ipv4', true],
  ['10.0.0.11', 'ipv4', false], ['8.8.8.255', 'ipv4', true], ['8.8.9.0', 'ipv4', false],
  ['::ffff:1.2.3.4', 'ipv6', true], ['::ffff:8.8.8.8', 'ipv6', true],
  ['2001:db8:ffff::1', 'ipv6', true], ['2001:db9::', 'ipv6', false],
  ['1.2.3.4', 'ipv6', false], ['not an address', 'ipv4', false],
]) {
  assert.strictEqual(small.check(address, family), expected, `${address} ${family}`);
}
assert.strictEqual(small.check(new net.SocketAddress({ address: '10.0.0.2' })), true);

const mapped = new net.BlockList();
mapped.addSubnet('::ffff:0:0', 96, 'ipv6');
assert.strictEqual(mapped.check('123.45.67.89'), true);

const bySocketAddress = new net.BlockList();
bySocketAddress.addRange(new net.SocketAddress({ address: '1.1.1.1' }),
                         new net.SocketAddress({ address: '1.1.1.5' }));
assert.strictEqual(bySocketAddress.check('1.1.1.3'), true);

assert.throws(() => list.addAddress(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (1)',
});
assert.throws(() => list.addAddress('1.2.3.4', 'foo'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'foo'",
});
assert.throws(() => list.addRange('1.2.3.9', '1.2.3.4'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'start' must come before end. Received SocketAddress " +
           "{ address: '1.2.3.9', port: 0, family: 'ipv4', flowlabel: 0 }",
});
assert.throws(() => list.addSubnet('1.2.3.4', 33), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
});
assert.throws(() => list.addSubnet('::', 129, 'ipv6'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => list.addSubnet('1.2.3.4', '8'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => list.check(1), { code: 'ERR_INVALID_ARG_TYPE' });
common.mustCall()();
