'use strict';
// bytesRead and bytesWritten: counted as data moves (bytesWritten already counts what waits
// for the connection), kept after the socket is destroyed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((conn) => {
  conn.on('data', () => {});
  conn.on('end', common.mustCall(() => {
    assert.strictEqual(conn.bytesRead, 3 + 4 + 2);
    conn.end('réponse');   // 8 bytes
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.bytesWritten, 0);
  client.write('abc');
  client.write(Buffer.from('defg'));
  client.write('é');                  // 2 bytes in UTF-8
  assert.strictEqual(client.bytesWritten, 9);
  assert.strictEqual(client.bytesRead, 0);
  client.on('connect', common.mustCall(() => client.end()));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesRead, 8);
    assert.strictEqual(client.bytesWritten, 9);
    assert.strictEqual(client._handle, null);
    server.close();
  }));
}));
