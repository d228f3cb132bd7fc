'use strict';
// localAddress and localPort: the connection leaves from them; a local port in use fails the
// connect with a bind error.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((conn) => {
  assert.strictEqual(conn.remoteAddress, '127.0.0.1');
  conn.end(String(conn.remotePort));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' });
  let data = '';
  client.on('data', (d) => data += d);
  client.on('end', common.mustCall(() => {
    assert.strictEqual(data, String(client.localPort));
    // the server's own port is taken: binding a client to it fails
    const taken = net.connect({ port, host: '127.0.0.1', localPort: port });
    taken.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      assert.strictEqual(err.syscall, 'bind');
      assert.strictEqual(err.port, port);
      server.close();
    }));
  }));
}));
