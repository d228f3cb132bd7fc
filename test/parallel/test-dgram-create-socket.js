'use strict';
// createSocket(type | options[, listener]): the types, a custom lookup (checked, and used for
// host names), the 'message' listener, and an AbortSignal that closes the socket.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

for (const type of [undefined, 'udp5', 4, null, { type: 'tcp' }]) {
  assert.throws(() => dgram.createSocket(type), {
    code: 'ERR_SOCKET_BAD_TYPE',
    name: 'TypeError',
    message: 'Bad socket type specified. Valid types are: udp4, udp6',
  });
}
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "lookup" argument must be of type function. Received type number (5)',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', signal: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "options\.signal" property must be an instance of AbortSignal/,
});

const socket = new dgram.Socket('udp4');
assert(socket instanceof dgram.Socket);
assert(socket instanceof require('events'));
assert.strictEqual(socket.type, 'udp4');
socket.close();

// The listener is a 'message' listener; a custom lookup resolves the names given to bind and
// send (as (hostname, family, callback)), and the empty address is the loopback.
const receiver = dgram.createSocket({
  type: 'udp4',
  lookup: common.mustCall((host, family, cb) => {
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'my-host');
    cb(null, '127.0.0.1', 4);
  }),
}, common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'via lookup');
  assert.strictEqual(rinfo.address, '127.0.0.1');
  receiver.close();
}));
receiver.bind(0, 'my-host', common.mustCall(() => {
  assert.strictEqual(receiver.address().address, '127.0.0.1');
  const hosts = [];
  const sender = dgram.createSocket({
    type: 'udp4',
    lookup: common.mustCall((host, family, cb) => {
      hosts.push(host);
      cb(null, '127.0.0.1', 4);
    }, 2),
  });
  sender.send('via lookup', receiver.address().port, 'other-host', common.mustSucceed(() => {
    // bind() without an address looks up 0.0.0.0, send() the other host
    assert.deepStrictEqual(hosts, ['0.0.0.0', 'other-host']);
    sender.close();
  }));
}));

// An AbortSignal closes the socket, once; an aborted one at once.
const controller = new AbortController();
const aborted = dgram.createSocket({ type: 'udp4', signal: controller.signal });
aborted.on('close', common.mustCall());
aborted.bind(0, common.mustCall(() => {
  controller.abort();
  controller.abort();
}));
const early = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
early.on('close', common.mustCall());
assert.throws(() => early.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
