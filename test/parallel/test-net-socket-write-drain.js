'use strict';
// Back-pressure: write() returns false once the socket buffers more than its high water mark,
// 'drain' follows when it has gone out, bufferSize and writableLength count what waits, and
// every byte arrives.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const chunk = Buffer.alloc(1024 * 1024, 'x');
let received = 0;
const server = net.createServer(common.mustCall((conn) => {
  conn.pause();
  setTimeout(() => conn.resume(), 50);
  conn.on('data', (d) => received += d.length);
  conn.on('end', common.mustCall(() => {
    assert.strictEqual(received, chunk.length * 8);
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    let ok = true;
    let written = 0;
    while (ok && written < 8) {
      ok = client.write(chunk);
      written++;
    }
    assert.strictEqual(ok, false);
    assert.ok(client.bufferSize > 0);
    assert.strictEqual(client.bufferSize, client.writableLength);
    assert.strictEqual(client.writableNeedDrain, true);
    client.once('drain', common.mustCall(() => {
      assert.strictEqual(client.writableNeedDrain, false);
      while (written < 8) {
        client.write(chunk);
        written++;
      }
      client.end();
    }));
  }));
}));
