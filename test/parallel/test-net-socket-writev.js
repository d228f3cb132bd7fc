'use strict';
// Writes queued while the socket connects, or while corked, leave in one batch (_writev) in
// order, strings of every encoding and buffers mixed; the callbacks all run.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const pieces = [
  ['plain ', 'utf8'], ['\u00e9t\u00e9 ', 'utf8'], ['ff00', 'hex'], ['aGk=', 'base64'],
  ['caf\u00e9', 'latin1'], ['AB', 'utf16le'], ['ascii', 'ascii'], [Buffer.from('!buf'), undefined],
];
const expected = Buffer.concat(pieces.map(([c, e]) => (Buffer.isBuffer(c) ? c :
  Buffer.from(c, e))));

const server = net.createServer(common.mustCall((conn) => {
  const chunks = [];
  conn.on('data', (d) => chunks.push(d));
  conn.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks), Buffer.concat([expected, expected]));
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const writev = client._writev;
  let batches = 0;
  client._writev = function(chunks, cb) {
    batches++;
    return writev.call(this, chunks, cb);
  };
  // while connecting
  for (const [chunk, enc] of pieces) client.write(chunk, enc, common.mustCall());
  client.once('connect', () => {
    client.cork();
    for (const [chunk, enc] of pieces) client.write(chunk, enc, common.mustCall());
    process.nextTick(() => {
      client.uncork();
      client.end();
      assert.ok(batches >= 1);
    });
  });
}));
