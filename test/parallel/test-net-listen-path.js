'use strict';
// A Unix domain socket server: listen(path), address() is the path, clients connect by path
// (net.connect(path) and { path }), readableAll/writableAll, the file goes with close().
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const sock = path.join(tmpdir.path, 'server.sock');

const server = net.createServer(common.mustCall((conn) => {
  assert.strictEqual(conn.remoteAddress, undefined);
  conn.end('hello over a unix socket');
}, 2));
server.listen({ path: sock, readableAll: true, writableAll: true }, common.mustCall(() => {
  assert.strictEqual(server.address(), sock);
  assert.ok(fs.statSync(sock).isSocket());
  assert.strictEqual(fs.statSync(sock).mode & 0o666, 0o666);
  let ended = 0;
  const onEnd = () => {
    if (++ended === 2) {
      server.close(common.mustCall(() => assert.strictEqual(fs.existsSync(sock), false)));
    }
  };
  for (const client of [net.connect(sock), net.connect({ path: sock })]) {
    let data = '';
    client.on('data', (d) => data += d.toString());
    client.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'hello over a unix socket');
      onEnd();
    }));
  }
}));
