'use strict';
// destroySoon(): ends the writable side and destroys the socket once what was written has
// gone out.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const payload = Buffer.alloc(2 * 1024 * 1024, 'y');
const server = net.createServer(common.mustCall((conn) => {
  conn.write(payload);
  conn.destroySoon();
  assert.strictEqual(conn.destroyed, false);
  conn.on('close', common.mustCall(() => assert.strictEqual(conn.writableFinished, true)));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  client.on('data', (d) => received += d.length);
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, payload.length);
    server.close();
  }));
}));
