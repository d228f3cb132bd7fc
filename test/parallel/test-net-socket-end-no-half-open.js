'use strict';
// Without allowHalfOpen the peer's end ends our side too; writing after it is an EPIPE
// error "This socket has been ended by the other party".
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((conn) => {
  conn.on('end', common.mustCall(() => {
    // our writable side ends by itself
    setImmediate(common.mustCall(() => {
      assert.strictEqual(conn.writableEnded, true);
      conn.write('late', common.mustCall((err) => {
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
      }));
    }));
  }));
  // the socket is already destroyed (both sides ended): the callback alone hears it
  conn.on('error', common.mustNotCall());
  conn.on('close', common.mustCall(() => server.close()));
  conn.resume();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.end();
  client.resume();
}));
