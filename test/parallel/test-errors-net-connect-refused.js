'use strict';
// A refused TCP connection: message `connect ECONNREFUSED 127.0.0.1:PORT` and errno, code,
// syscall, address, port fields, as net builds them from the libuv code.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const os = require('os');

// Find a port nobody listens on: listen on port 0, note the port, close.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', common.mustNotCall());
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -os.constants.errno.ECONNREFUSED);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.deepStrictEqual(Object.keys(err),
                             ['errno', 'code', 'syscall', 'address', 'port']);
      assert.strictEqual(err.stack.split('\n')[0],
                         `Error: connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
  }));
}));
