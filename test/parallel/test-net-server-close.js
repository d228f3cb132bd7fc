'use strict';
// server.close(cb): no new connections, but 'close' (and cb) only once the open ones are
// gone; close() on a server not listening calls back with ERR_SERVER_NOT_RUNNING.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustCall((conn) => {
  server.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    events.push('close callback');
    assert.deepStrictEqual(events, ['connection closed', 'close callback']);
  }));
  assert.strictEqual(server.listening, false);
  // a second client is refused now
  const late = net.connect(server_port, '127.0.0.1');
  late.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    setTimeout(() => {
      events.push('connection closed');
      conn.destroy();
    }, 20);
  }));
}));
let server_port;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  server_port = server.address().port;
  net.connect(server_port, '127.0.0.1').resume();
}));

const idle = net.createServer();
idle.close(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
  assert.ok(err instanceof Error);
}));
