'use strict';
// Every form of send() on an unconnected socket: strings, Buffers, other views, arrays of them
// (one datagram), offset/length, with and without address and callback; the callback gets the
// datagram's size, and 'message' gets a Buffer with rinfo { address, family, port, size }.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const expected = [
  'hello', 'abc', '234', 'no-cb', 'view', 'dv', '', 'localhost',
];
const server = dgram.createSocket('udp4');
const received = [];
server.on('message', common.mustCall((msg, rinfo) => {
  assert(Buffer.isBuffer(msg));
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, msg.length);
  received.push(msg.toString());
  if (received.length === expected.length) {
    assert.deepStrictEqual(received.sort(), expected.slice().sort());
    server.close();
    client.close();
  }
}, expected.length));

const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const sent = (size) => common.mustCall((err, bytes) => {
    assert.strictEqual(err, null);
    assert.strictEqual(bytes, size);
  });
  client.send('hello', port, '127.0.0.1', sent(5));
  client.send(['a', Buffer.from('b'), new Uint8Array([99])], port, '127.0.0.1', sent(3));
  client.send(Buffer.from('0123456789'), 2, 3, port, '127.0.0.1', sent(3));
  client.send('no-cb', port, '127.0.0.1');
  client.send(new Uint16Array(new Uint8Array([118, 105, 101, 119]).buffer), port, sent(4));
  client.send(new DataView(new Uint8Array([100, 118]).buffer), port, undefined, sent(2));
  client.send([], port, sent(0));
  client.send(Buffer.from('xlocalhostx'), 1, 9, port, 'localhost', sent(9));
}));
