'use strict';
// udp6 sockets: bind to '::' by default (ipv6Only honoured), send to ::1, rinfo in IPv6;
// connect to ::1 and remoteAddress.
const common = require('../common');
if (!common.hasIPv6) common.skip('no IPv6');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
server.bind(0, common.mustCall(() => {
  const address = server.address();
  assert.strictEqual(address.address, '::');
  assert.strictEqual(address.family, 'IPv6');
  const client = dgram.createSocket('udp6');
  server.on('message', common.mustCall((msg, rinfo) => {
    assert.strictEqual(rinfo.address, '::1');
    assert.strictEqual(rinfo.family, 'IPv6');
    if (msg.toString() === 'to ::1') {
      client.connect(address.port, '::1', common.mustCall(() => {
        assert.deepStrictEqual(client.remoteAddress(),
                               { address: '::1', family: 'IPv6', port: address.port });
        client.send('connected');
      }));
    } else {
      assert.strictEqual(msg.toString(), 'connected');
      client.close();
      server.close();
    }
  }, 2));
  client.send('to ::1', address.port, '::1', common.mustSucceed());
}));

// An IPv4 address is not one a udp6 socket binds to.
const wrong = dgram.createSocket('udp6');
wrong.bind(0, '127.0.0.1');
wrong.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'bind');
  wrong.close();
}));
