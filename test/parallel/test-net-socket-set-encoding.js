'use strict';
// setEncoding(): 'data' gives strings, multi-byte characters split across reads decoded
// whole; setEncoding returns the socket and readableEncoding reports it.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const text = '\u00e9t\u00e9 \u20ac\ud83d\ude00';
const bytes = Buffer.from(text);
const server = net.createServer((conn) => {
  // one byte at a time, so that characters are cut between reads
  let i = 0;
  const next = () => {
    if (i === bytes.length) return conn.end();
    conn.write(bytes.subarray(i, ++i), () => setTimeout(next, 2));
  };
  next();
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.setEncoding('utf8'), client);
  assert.strictEqual(client.readableEncoding, 'utf8');
  let received = '';
  client.on('data', (d) => {
    assert.strictEqual(typeof d, 'string');
    received += d;
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, text);
    server.close();
  }));
}));
