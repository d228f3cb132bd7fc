'use strict';
// close(): 'close' comes in a later tick, the callback is a 'close' listener; afterwards the
// socket's methods throw ERR_SOCKET_DGRAM_NOT_RUNNING. Asked while the socket still binds,
// close waits for the bind. Symbol.asyncDispose closes too.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const notRunning = { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', name: 'Error', message: 'Not running' };

const socket = dgram.createSocket('udp4');
let closed = false;
socket.on('close', common.mustCall(() => { closed = true; }));
assert.strictEqual(socket.close(common.mustCall(() => assert(closed))), socket);
assert.strictEqual(closed, false);
assert.throws(() => socket.close(), notRunning);
assert.throws(() => socket.bind(0), notRunning);
assert.throws(() => socket.address(), notRunning);
assert.throws(() => socket.send('x', 1234), notRunning);
assert.throws(() => socket.addMembership('224.0.0.114'), notRunning);
assert.throws(() => socket.setMulticastInterface('127.0.0.1'), notRunning);
assert.strictEqual(socket.ref(), socket);
assert.strictEqual(socket.unref(), socket);

// Sent while binding: the datagram goes once bound. A close asked meanwhile waits for the
// bind too.
const receiver = dgram.createSocket('udp4');
receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  const sender = dgram.createSocket('udp4');
  sender.send('queued', receiver.address().port, '127.0.0.1', common.mustSucceed(() => {
    sender.close();
  }));
  receiver.on('message', common.mustCall((msg) => {
    assert.strictEqual(msg.toString(), 'queued');
    receiver.close();
  }));

  const early = dgram.createSocket('udp4');
  let listening = false;
  early.on('listening', common.mustCall(() => { listening = true; }));
  early.send('dropped', receiver.address().port, '127.0.0.1');
  early.close(common.mustCall(() => assert(listening)));
}));

const disposed = dgram.createSocket('udp4');
disposed.bind(0, common.mustCall(async () => {
  disposed.on('close', common.mustCall());
  await disposed[Symbol.asyncDispose]();
  assert.throws(() => disposed.address(), notRunning);
  // disposing of a closed socket does nothing
  await disposed[Symbol.asyncDispose]();
}));
