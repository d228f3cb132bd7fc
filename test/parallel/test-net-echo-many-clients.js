'use strict';
// An echo server under many concurrent clients, each sending data of its own in several
// writes: every client gets back exactly what it sent, and every connection closes.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const CLIENTS = 50;
const server = net.createServer((conn) => conn.pipe(conn));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  let left = CLIENTS;
  for (let i = 0; i < CLIENTS; i++) {
    const payload = Buffer.alloc(64 * 1024 + i * 997);
    for (let j = 0; j < payload.length; j++) payload[j] = (i * 31 + j * 7) & 255;
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      for (let off = 0; off < payload.length; off += 10000) {
        client.write(payload.subarray(off, off + 10000));
      }
      client.end();
    });
    const chunks = [];
    client.on('data', (d) => chunks.push(d));
    client.on('end', common.mustCall(() => {
      assert.ok(Buffer.concat(chunks).equals(payload), `client ${i}`);
    }));
    client.on('close', common.mustCall(() => {
      if (--left === 0) server.close();
    }));
  }
}));
