'use strict';
// setNoDelay and setKeepAlive return the socket, before and after connecting, with any
// arguments; the server options noDelay and keepAlive, and the connect options of the same
// names, are accepted.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const early = new net.Socket();
assert.strictEqual(early.setNoDelay(), early);
assert.strictEqual(early.setKeepAlive(true, 1000), early);
early.destroy();

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 2000 },
                                 common.mustCall((conn) => {
                                   assert.strictEqual(server.noDelay, true);
                                   assert.strictEqual(server.keepAlive, true);
                                   assert.strictEqual(server.keepAliveInitialDelay, 2);
                                   conn.end();
                                 }));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1',
                               noDelay: true, keepAlive: true, keepAliveInitialDelay: 500 });
  client.on('connect', common.mustCall(() => {
    for (const arg of [true, false, undefined, 0, 'yes']) {
      assert.strictEqual(client.setNoDelay(arg), client);
    }
    assert.strictEqual(client.setKeepAlive(true), client);
    assert.strictEqual(client.setKeepAlive(true, 10000), client);
    assert.strictEqual(client.setKeepAlive(false), client);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
