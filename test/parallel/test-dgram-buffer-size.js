'use strict';
// Kernel buffer sizes: get/set before bind fail with ERR_SOCKET_BUFFER_SIZE (a SystemError
// naming the libuv call); sizes that are not positive integers throw; once bound, a size set
// is read back (Linux doubles it); the recvBufferSize/sendBufferSize options apply at bind.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const unbound = dgram.createSocket('udp4');
for (const [method, syscall] of [['getRecvBufferSize', 'uv_recv_buffer_size'],
                                 ['getSendBufferSize', 'uv_send_buffer_size']]) {
  assert.throws(() => unbound[method](), (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
    assert.strictEqual(err.message, 'Could not get or set buffer size: ' +
                                    `${syscall} returned EBADF (bad file descriptor)`);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.errno, err.info.errno);
    assert.deepStrictEqual(err.info, {
      errno: err.info.errno,
      code: 'EBADF',
      message: 'bad file descriptor',
      syscall,
    });
    return true;
  });
}
for (const size of [-1, 1.5, 'a', 2 ** 32, Infinity]) {
  assert.throws(() => unbound.setRecvBufferSize(size), {
    code: 'ERR_SOCKET_BAD_BUFFER_SIZE',
    name: 'TypeError',
    message: 'Buffer size must be a positive integer',
  });
  assert.throws(() => unbound.setSendBufferSize(size), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
}
unbound.close();

const factor = common.isLinux ? 2 : 1;
const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 12000 });
socket.bind(0, common.mustCall(() => {
  assert.strictEqual(socket.getRecvBufferSize(), 10000 * factor);
  assert.strictEqual(socket.getSendBufferSize(), 12000 * factor);
  assert.strictEqual(socket.setRecvBufferSize(16384), undefined);
  assert.strictEqual(socket.getRecvBufferSize(), 16384 * factor);
  socket.setSendBufferSize(20000);
  assert.strictEqual(socket.getSendBufferSize(), 20000 * factor);
  assert.strictEqual(socket.getSendQueueSize(), 0);
  assert.strictEqual(socket.getSendQueueCount(), 0);
  socket.close();
}));
