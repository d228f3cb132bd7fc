'use strict';
// Upgrade: the server's 'upgrade' gets the socket and the bytes after the head; the client's
// 'upgrade' gets the 101 response, the socket and what followed it. CONNECT likewise.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'test');
  assert.strictEqual(head.toString(), 'early');
  socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: test\r\nConnection: Upgrade\r\n' +
             '\r\nhello');
}));
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.url, 'example.com:443');
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
}));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const req = http.request({ port, headers: { Connection: 'Upgrade', Upgrade: 'test' } });
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'test');
    let rest = head.toString();
    socket.on('data', (d) => rest += d);
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(rest, 'hello');
      socket.destroy();
      const connect = http.request({ port, method: 'CONNECT', path: 'example.com:443' });
      connect.on('connect', common.mustCall((res, socket, head) => {
        assert.strictEqual(res.statusCode, 200);
        let data = head.toString();
        socket.on('data', (d) => data += d);
        socket.on('end', common.mustCall(() => {
          assert.strictEqual(data, 'tunnel');
          socket.destroy();
          server.close();
        }));
      }));
      connect.end();
    }));
  }));
  req.end('early');
}));
