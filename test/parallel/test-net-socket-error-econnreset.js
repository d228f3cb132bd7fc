'use strict';
// A peer that resets the connection: a read error with Node's fields (errno, code, syscall)
// and 'close' with hadError true.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const os = require('os');

const server = net.createServer((conn) => conn.once('data', () => conn.resetAndDestroy()));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('x'));
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.errno, -os.constants.errno.ECONNRESET);
    assert.strictEqual(err.syscall, 'read');
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));
