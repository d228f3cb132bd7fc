'use strict';
// A client that sends its head too slowly is answered 408 and cut off at headersTimeout
// (checked every connectionsCheckingInterval); the request listener never runs.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 100,
  requestTimeout: 200,
  connectionsCheckingInterval: 20,
}, common.mustNotCall());

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, () => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
  });
  let out = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => out += d);
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(out, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
}));
