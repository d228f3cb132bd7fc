'use strict';
// net.SocketAddress: defaults by family, addresses normalized, flow labels for IPv6 only,
// toJSON, inspect, isSocketAddress, and the errors of bad options.
require('../common');
const assert = require('assert');
const net = require('net');
const util = require('util');
const { SocketAddress } = net;

const def = new SocketAddress();
assert.deepStrictEqual(def.toJSON(),
                       { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
assert.deepStrictEqual(new SocketAddress({ family: 'ipv6' }).toJSON(),
                       { address: '::', port: 0, family: 'ipv6', flowlabel: 0 });
const v6 = new SocketAddress({ address: '0:0:0:0:0:0:0:1', family: 'IPv6', port: 443,
                               flowlabel: 7 });
assert.strictEqual(v6.address, '::1');
assert.strictEqual(v6.family, 'ipv6');
assert.strictEqual(v6.port, 443);
assert.strictEqual(v6.flowlabel, 7);
assert.strictEqual(JSON.stringify(v6),
                   '{"address":"::1","port":443,"family":"ipv6","flowlabel":7}');
assert.strictEqual(util.inspect(v6),
                   "SocketAddress { address: '::1', port: 443, family: 'ipv6', flowlabel: 7 }");
assert.strictEqual(util.inspect(v6, { depth: -1 }), '[SocketAddress]');
assert.deepStrictEqual(Object.keys(v6), []);
for (const [input, output] of [['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
                               ['::ffff:1.2.3.4', '::ffff:1.2.3.4'],
                               ['fe80::1%1', 'fe80::1'],
                               ['1:0:0:0:0:0:0:0', '1::'],
                               ['1:0:1:0:1:0:1:0', '1:0:1:0:1:0:1:0']]) {
  assert.strictEqual(new SocketAddress({ address: input, family: 'ipv6' }).address, output);
}
assert.strictEqual(new SocketAddress({ address: '1.2.3.4', flowlabel: 3 }).flowlabel, 0);
assert.strictEqual(SocketAddress.isSocketAddress(def), true);
assert.strictEqual(SocketAddress.isSocketAddress({}), false);
assert.strictEqual(SocketAddress.isSocketAddress(null), false);

for (const options of [{ address: 'bad' }, { address: '::1' },
                       { address: '1.2.3.4', family: 'ipv6' }, { address: '01.2.3.4' }]) {
  assert.throws(() => new SocketAddress(options), {
    code: 'ERR_INVALID_ADDRESS',
    name: 'Error',
    message: 'Invalid socket address',
  });
}
assert.throws(() => new SocketAddress({ family: 'ipv5' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'ipv5'",
});
assert.throws(() => new SocketAddress({ port: 70000 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => new SocketAddress({ flowlabel: -1, family: 'ipv6' }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.flowlabel" is out of range. ' +
           'It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => new SocketAddress({ address: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.address" property must be of type string. Received type number (1)',
});
assert.throws(() => new SocketAddress('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'x\')',
});
