'use strict';
// allowHalfOpen: after the peer's end the socket stays writable until it ends itself;
// without it, net ends the writable side for you.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((conn) => {
  assert.strictEqual(conn.allowHalfOpen, true);
  let data = '';
  conn.on('data', (d) => data += d);
  conn.on('end', common.mustCall(() => {
    assert.strictEqual(conn.writable, true);
    assert.strictEqual(conn.readyState, 'writeOnly');
    setTimeout(() => conn.end(`got ${data}`), 10);
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1' });
  assert.strictEqual(client.allowHalfOpen, false);
  client.end('request');
  let reply = '';
  client.on('data', (d) => reply += d);
  client.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'got request');
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
