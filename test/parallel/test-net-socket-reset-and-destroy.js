'use strict';
// resetAndDestroy(): the connection closes with an RST, so the peer gets ECONNRESET; on a
// socket still connecting it waits for the connection; without a handle it is
// ERR_SOCKET_CLOSED; on a Unix socket it throws ERR_INVALID_HANDLE_TYPE.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const path = require('path');
const tmpdir = require('../common/tmpdir');

const server = net.createServer(common.mustCall((conn) => {
  conn.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
  }));
  conn.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.resetAndDestroy(), client);   // still connecting: after connect
  client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));

const closed = new net.Socket();
closed.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
  assert.strictEqual(err.message, 'Socket is closed');
}));
closed.resetAndDestroy();

tmpdir.refresh();
const pipeServer = net.createServer((c) => c.resume()).listen(path.join(tmpdir.path, 'r.sock'),
                                                               common.mustCall(() => {
  const c = net.connect(pipeServer.address(), common.mustCall(() => {
    assert.throws(() => c.resetAndDestroy(), {
      code: 'ERR_INVALID_HANDLE_TYPE',
      message: 'This handle type cannot be sent',
    });
    c.destroy();
    pipeServer.close();
  }));
}));
