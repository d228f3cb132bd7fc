'use strict';
// destroy(): 'close' once with hadError false, or after 'error' with true when given an error;
// destroyed, readyState, and writes after it failing with ERR_STREAM_DESTROYED. A socket
// destroyed before it has a handle still emits 'close'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((conn) => conn.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const plain = net.connect(port, '127.0.0.1', common.mustCall(() => {
    plain.destroy();
    assert.strictEqual(plain.destroyed, true);
    assert.strictEqual(plain.readyState, 'closed');
    plain.write('x', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    }));
    plain.on('error', common.mustNotCall());
  }));
  plain.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    const failing = net.connect(port, '127.0.0.1', common.mustCall(() => {
      failing.destroy(new Error('boom'));
    }));
    failing.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
    failing.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, true);
      server.close();
    }));
  }));
}));

const unconnected = new net.Socket();
unconnected.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, undefined)));
unconnected.destroy();
