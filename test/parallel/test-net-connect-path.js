'use strict';
// Clients of Unix domain sockets: connect(path) and { path }, an abstract name (Linux), and a
// missing path failing with ENOENT, the path in the message.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = path.join(tmpdir.path, 'missing.sock');
const socket = net.connect(missing);
socket.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, missing);
  assert.strictEqual(err.message, `connect ENOENT ${missing}`);
}));

if (common.isLinux) {
  const name = `\0net-test-${process.pid}`;
  const server = net.createServer((conn) => conn.end('abstract'));
  server.listen(name, common.mustCall(() => {
    assert.strictEqual(server.address(), name);
    const client = net.connect({ path: name });
    let data = '';
    client.on('data', (d) => data += d);
    client.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'abstract');
      server.close();
    }));
  }));
}
