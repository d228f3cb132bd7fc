'use strict';
// getConnections(cb) calls back in a later tick with the open connection count, which drops
// as sockets close; it returns the server. The old `connections` property is gone
// (DEP0020, end of life).
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((conn) => {
  let sync = true;
  assert.strictEqual(server.getConnections(common.mustCall((err, n) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, null);
    assert.strictEqual(n, 1);
    assert.strictEqual('connections' in server, false);
    conn.on('close', common.mustCall(() => {
      server.getConnections(common.mustCall((err, n) => {
        assert.strictEqual(n, 0);
        server.close();
      }));
    }));
    conn.destroy();
  })), server);
  sync = false;
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(server.address().port, '127.0.0.1').resume();
}));
