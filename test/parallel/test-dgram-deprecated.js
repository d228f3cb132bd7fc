'use strict';
// The old private state accessors and dgram._createSocketHandle still work, with a DEP0112
// DeprecationWarning (once: one code).
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

common.expectWarning('DeprecationWarning', 'Socket.prototype._handle is deprecated', 'DEP0112');

assert.deepStrictEqual(Object.keys(dgram), ['_createSocketHandle', 'createSocket', 'Socket']);
const socket = dgram.createSocket('udp4');
assert.strictEqual(typeof socket._handle, 'object');
assert.strictEqual(socket._receiving, false);
assert.strictEqual(socket._bindState, 0);
assert.strictEqual(socket._queue, undefined);
assert.strictEqual(socket._reuseAddr, undefined);
socket._healthCheck();
socket._stopReceiving();
socket.bind(0, common.mustCall(() => {
  assert.strictEqual(socket._bindState, 2);
  assert.strictEqual(socket._receiving, true);
  socket.close();
  assert.strictEqual(socket._handle, null);
  assert.throws(() => socket._healthCheck(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
}));

const handle = dgram._createSocketHandle('127.0.0.1', 0, 'udp4');
assert.strictEqual(typeof handle, 'object');
assert.strictEqual(typeof handle.recvStart, 'function');
const out = {};
assert.strictEqual(handle.getsockname(out), 0);
assert.strictEqual(out.address, '127.0.0.1');
assert.strictEqual(out.family, 'IPv4');
handle.close();
// an address that is not of the family: a negative error code
assert(dgram._createSocketHandle('::1', 0, 'udp4') < 0);
