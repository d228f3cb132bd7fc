'use strict';
// A refused connection ends in 'error' then 'close' with hadError true; the socket is
// destroyed and not connecting, and 'connect' never comes.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const events = [];
    const socket = net.connect(port, '127.0.0.1', common.mustNotCall());
    socket.on('error', common.mustCall((err) => {
      events.push('error');
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(socket.destroyed, true);
      assert.strictEqual(socket.connecting, false);
    }));
    socket.on('close', common.mustCall((hadError) => {
      events.push('close');
      assert.strictEqual(hadError, true);
      assert.deepStrictEqual(events, ['error', 'close']);
      assert.strictEqual(socket.readyState, 'closed');
    }));
  }));
}));
