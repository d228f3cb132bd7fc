'use strict';
// readyState, pending and connecting through a socket's life: opening (connecting), open,
// readOnly after end(), closed; a new Socket() is 'open' but pending.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const fresh = new net.Socket();
assert.strictEqual(fresh.readyState, 'open');
assert.strictEqual(fresh.pending, true);
assert.strictEqual(fresh.connecting, false);
assert.strictEqual(fresh._connecting, false);

const server = net.createServer({ allowHalfOpen: true }, (conn) => {
  conn.resume();
  conn.on('end', () => setTimeout(() => conn.end('bye'), 20));
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1',
                               allowHalfOpen: true });
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client._connecting, true);
  assert.strictEqual(client.pending, true);
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.pending, false);
    client.end();
    client.on('finish', common.mustCall(() => {
      assert.strictEqual(client.readyState, 'readOnly');
    }));
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client.pending, true);
    server.close();
  }));
}));
