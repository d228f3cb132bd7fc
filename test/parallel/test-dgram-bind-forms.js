'use strict';
// bind()'s forms: (), (callback), (port, callback), (port, address, callback),
// ({ port, address, exclusive }, callback); no address is every interface of the family.
// The callback is a one-time 'listening' listener: none is left behind.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

function check(socket, address) {
  const bound = socket.address();
  assert.strictEqual(bound.address, address);
  assert.strictEqual(bound.family, 'IPv4');
  assert(bound.port > 0);
  assert.strictEqual(socket.listenerCount('listening'), 0);
  assert.strictEqual(socket.listenerCount('error'), 0);
  socket.close();
}

const plain = dgram.createSocket('udp4');
plain.on('listening', common.mustCall(() => {
  plain.removeAllListeners('listening');
  check(plain, '0.0.0.0');
}));
assert.strictEqual(plain.bind(), plain);

const withCallback = dgram.createSocket('udp4');
withCallback.bind(common.mustCall(function() {
  assert.strictEqual(this, withCallback);
  check(withCallback, '0.0.0.0');
}));
assert.strictEqual(withCallback.listenerCount('listening'), 1);
assert.strictEqual(withCallback.listenerCount('error'), 1);

const withPort = dgram.createSocket('udp4');
withPort.bind(0, common.mustCall(() => check(withPort, '0.0.0.0')));

const withAddress = dgram.createSocket('udp4');
withAddress.bind(0, '127.0.0.1', common.mustCall(() => check(withAddress, '127.0.0.1')));

const withObject = dgram.createSocket('udp4');
withObject.bind({ port: 0, address: '127.0.0.1', exclusive: true },
                common.mustCall(() => check(withObject, '127.0.0.1')));

const emptyObject = dgram.createSocket('udp4');
emptyObject.bind({}, common.mustCall(() => check(emptyObject, '0.0.0.0')));

// 'listening' listeners added before bind() run before its callback.
const order = [];
const ordered = dgram.createSocket('udp4');
ordered.on('listening', () => order.push('event'));
ordered.bind(0, common.mustCall(() => {
  order.push('callback');
  assert.deepStrictEqual(order, ['event', 'callback']);
  ordered.close();
}));
