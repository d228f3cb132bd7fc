'use strict';
// A socket can connect again after it closed: the same object gets a new handle and a fresh
// state, and its events run again.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let n = 0;
const server = net.createServer((conn) => conn.end(`hello ${++n}`));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const socket = new net.Socket();
  const replies = [];
  socket.on('data', (d) => replies.push(String(d)));
  socket.on('close', common.mustCall(() => {
    if (replies.length === 1) {
      assert.strictEqual(socket.destroyed, true);
      socket.connect(port, '127.0.0.1');
      assert.strictEqual(socket.destroyed, false);
      assert.strictEqual(socket.connecting, true);
      return;
    }
    assert.deepStrictEqual(replies, ['hello 1', 'hello 2']);
    server.close();
  }, 2));
  socket.connect(port, '127.0.0.1');
}));
