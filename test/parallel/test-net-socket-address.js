'use strict';
// address(), remoteAddress/remoteFamily/remotePort and localAddress/localPort/localFamily on
// both ends of an IPv4 and an IPv6 connection; nothing before connecting.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const fresh = new net.Socket();
assert.deepStrictEqual(fresh.address(), {});
assert.strictEqual(fresh.remoteAddress, undefined);
assert.strictEqual(fresh.remotePort, undefined);
assert.strictEqual(fresh.localAddress, undefined);

function check(host, family, next) {
  const server = net.createServer(common.mustCall((conn) => {
    assert.strictEqual(conn.remoteAddress, host);
    assert.strictEqual(conn.remoteFamily, family);
    assert.strictEqual(conn.localAddress, host);
    assert.strictEqual(conn.localFamily, family);
    assert.strictEqual(conn.localPort, server.address().port);
    assert.deepStrictEqual(conn.address(),
                           { address: host, family, port: server.address().port });
    conn.on('close', () => server.close(next));
    conn.end();
  }));
  server.listen(0, host, common.mustCall(() => {
    const client = net.connect(server.address().port, host, common.mustCall(() => {
      assert.strictEqual(client.remoteAddress, host);
      assert.strictEqual(client.remoteFamily, family);
      assert.strictEqual(client.remotePort, server.address().port);
      assert.strictEqual(client.localAddress, host);
      assert.strictEqual(typeof client.localPort, 'number');
      assert.strictEqual(client.localFamily, family);
    }));
    assert.strictEqual(client.remoteAddress, undefined);
    client.resume();
  }));
}

check('127.0.0.1', 'IPv4', common.mustCall(() => {
  if (common.hasIPv6) check('::1', 'IPv6', common.mustCall());
}));
