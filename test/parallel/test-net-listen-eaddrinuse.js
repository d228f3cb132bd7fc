'use strict';
// A port in use: 'error' (not a throw) with code EADDRINUSE, syscall, address, port and the
// message of Node's listen errors; the server is not listening after it.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const os = require('os');

const first = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer(common.mustNotCall());
  second.listen(port, '127.0.0.1', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -os.constants.errno.EADDRINUSE);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message,
                       `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(second.listening, false);
    assert.strictEqual(second.address(), null);
    first.close();
  }));
}));
