'use strict';
// listen(0) picks a free port; with no host the server takes '::' (dual stack) where IPv6
// works, else 0.0.0.0. 'listening', `listening`, address() and close(cb).
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
assert.strictEqual(server.listening, false);
assert.strictEqual(server.address(), null);
server.listen(0, common.mustCall(function() {
  assert.strictEqual(this, server);
  assert.strictEqual(server.listening, true);
  const address = server.address();
  assert.deepStrictEqual(Object.keys(address), ['address', 'family', 'port']);
  assert.ok(address.port > 0 && address.port < 65536);
  if (common.hasIPv6) {
    assert.deepStrictEqual([address.address, address.family], ['::', 'IPv6']);
  } else {
    assert.deepStrictEqual([address.address, address.family], ['0.0.0.0', 'IPv4']);
  }
  // dual stack: an IPv4 client gets in
  const client = net.connect(address.port, '127.0.0.1', common.mustCall(() => {
    client.destroy();
    server.close(common.mustCall(function(err) {
      assert.strictEqual(err, undefined);
      assert.strictEqual(server.listening, false);
      assert.strictEqual(server.address(), null);
    }));
  }));
}));
server.on('listening', common.mustCall());
