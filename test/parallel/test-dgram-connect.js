'use strict';
// Connected sockets: connect() binds first, 'connect' (and the callback) follow; remoteAddress;
// send without port or address (with offset/length too); a port or address then throws;
// connecting twice throws; disconnect() goes back to needing a port.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const messages = [];
server.on('message', common.mustCall((msg) => {
  messages.push(msg.toString());
  if (messages.length === 3) {
    assert.deepStrictEqual(messages.sort(), ['one', 'three', 'two']);
    server.close();
  }
}, 3));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = dgram.createSocket('udp4');
  assert.throws(() => client.connect(0), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => client.connect(port, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  client.on('connect', common.mustCall());
  client.connect(port, common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(client.remoteAddress(),
                           { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), {
      code: 'ERR_SOCKET_DGRAM_IS_CONNECTED',
      message: 'Already connected',
    });
    assert.throws(() => client.send('x', 0, 1, port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('one', common.mustSucceed((bytes) => assert.strictEqual(bytes, 3)));
    client.send(Buffer.from('xtwox'), 1, 3, common.mustSucceed((bytes) => {
      assert.strictEqual(bytes, 3);
    }));
    client.send(['th', 'ree']);
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    assert.throws(() => client.send('y'), { code: 'ERR_SOCKET_BAD_PORT' });
    client.close();
  }));

  // A failed lookup goes to connect's callback, or without one to 'error'; 'connect' is
  // not emitted.
  const failing = dgram.createSocket({
    type: 'udp4',
    lookup: common.mustCall((host, family, cb) => {
      assert.strictEqual(family, 4);
      if (host === 'somewhere') cb(new Error('no such host'));
      else cb(null, '127.0.0.1', 4);
    }, 3),
  });
  failing.on('connect', common.mustNotCall());
  failing.connect(port, 'somewhere', common.mustCall((err) => {
    assert.strictEqual(err.message, 'no such host');
    failing.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, 'no such host');
      failing.close();
    }));
    failing.connect(port, 'somewhere');
  }));
}));
