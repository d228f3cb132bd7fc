'use strict';
// An unref()'d socket does not keep the process alive: with the server and both ends of a
// connection unref'd, the process exits with the connection still open. unref() before
// connecting applies once connected; ref() and unref() return the socket.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let open = false;
// nothing is unref'd for good before both ends are up
const keep = setInterval(() => {}, 1000);
let up = 0;
const bothUp = () => {
  if (++up === 2) clearInterval(keep);
};
const server = net.createServer(common.mustCall((conn) => {
  conn.unref();
  open = true;
  bothUp();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  server.unref();
  const client = new net.Socket();
  assert.strictEqual(client.unref(), client);
  client.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client._handle.hasRef(), false);
    assert.strictEqual(client.ref(), client);
    assert.strictEqual(client._handle.hasRef(), true);
    assert.strictEqual(client.unref(), client);
    bothUp();
  }));
}));
process.on('exit', () => assert.strictEqual(open, true));
