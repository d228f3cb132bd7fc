'use strict';
// 32 MiB each way at once over one connection, in 64 KiB writes: all bytes arrive in order,
// back-pressure on both sides, bytesRead/bytesWritten agree. Half-open, so that the side
// done first does not end the other's writes.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const SIZE = 32 * 1024 * 1024;
const CHUNK = 64 * 1024;

function pump(socket, seed) {
  let sent = 0;
  const next = () => {
    while (sent < SIZE) {
      const chunk = Buffer.alloc(CHUNK, (seed + sent / CHUNK) & 255);
      sent += CHUNK;
      if (!socket.write(chunk)) return socket.once('drain', next);
    }
    socket.end();
  };
  next();
}

function verify(socket, seed, done) {
  let received = 0;
  socket.on('data', (d) => {
    for (let i = 0; i < d.length; i += 4093) {
      const at = received + i;
      assert.strictEqual(d[i], (seed + Math.floor(at / CHUNK)) & 255);
    }
    received += d.length;
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, SIZE);
    assert.strictEqual(socket.bytesRead, SIZE);
    done();
  }));
}

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((conn) => {
  pump(conn, 7);
  verify(conn, 3, () => {});
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const options = { port: server.address().port, host: '127.0.0.1', allowHalfOpen: true };
  const client = net.connect(options, () => pump(client, 3));
  verify(client, 7, () => {});
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, SIZE);
    server.close();
  }));
}));
