'use strict';
// maxConnections: a connection over the limit is closed at once, with a 'drop' event
// carrying its addresses; getConnections() counts the open ones.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const sockets = [];
const server = net.createServer(common.mustCall((conn) => {
  sockets.push(conn);
  if (sockets.length === 2) tryThird();
}, 2));
server.maxConnections = 2;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(Object.getPrototypeOf(data), null);
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.localFamily, 'IPv4');
  assert.strictEqual(data.remoteAddress, '127.0.0.1');
  assert.strictEqual(typeof data.remotePort, 'number');
  assert.strictEqual(data.remoteFamily, 'IPv4');
}));

function tryThird() {
  server.getConnections(common.mustCall((err, count) => {
    assert.strictEqual(err, null);
    assert.strictEqual(count, 2);
    const third = net.connect(server.address().port, '127.0.0.1');
    third.on('data', common.mustNotCall());
    third.on('error', () => {});  // ECONNRESET on some kernels
    third.on('close', common.mustCall(() => {
      for (const s of sockets) s.destroy();
      server.close();
    }));
  }));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(server.address().port, '127.0.0.1');
  net.connect(server.address().port, '127.0.0.1');
}));
