'use strict';
// Socket options: setBroadcast, setTTL, multicast TTL and loopback, memberships (plain and
// source-specific), the multicast interface; before bind the kernel calls fail with EBADF
// (thrown with the syscall's name), bad arguments throw Node's errors.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const unbound = dgram.createSocket('udp4');
for (const [name, arg] of [['setTTL', 5], ['setBroadcast', true], ['setMulticastTTL', 5],
                           ['setMulticastLoopback', true]]) {
  assert.throws(() => unbound[name](arg), {
    code: 'EBADF',
    syscall: name,
    message: `${name} EBADF`,
  });
}
unbound.close();

const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(socket.setBroadcast(true), undefined);
  assert.strictEqual(socket.setBroadcast(false), undefined);
  assert.strictEqual(socket.setTTL(5), 5);
  assert.throws(() => socket.setTTL(0), { code: 'EINVAL', syscall: 'setTTL' });
  assert.throws(() => socket.setTTL('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "ttl" argument must be of type number. Received type string (\'1\')',
  });
  assert.strictEqual(socket.setMulticastTTL(3), 3);
  assert.throws(() => socket.setMulticastTTL(256), { code: 'EINVAL' });
  assert.throws(() => socket.setMulticastTTL(), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(socket.setMulticastLoopback(true), true);
  assert.strictEqual(socket.setMulticastLoopback(0), 0);

  assert.throws(() => socket.addMembership(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "multicastAddress" argument must be specified',
  });
  assert.throws(() => socket.dropMembership(''), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => socket.addMembership('256.0.0.1'), {
    code: 'EINVAL',
    syscall: 'addMembership',
  });
  assert.throws(() => socket.dropMembership('224.0.0.114'), {
    code: 'EADDRNOTAVAIL',
    syscall: 'dropMembership',
  });

  assert.throws(() => socket.setMulticastInterface(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => socket.setMulticastInterface('300.1.1.1'), {
    syscall: 'setMulticastInterface',
  });

  assert.throws(() => socket.addSourceSpecificMembership(5, '232.1.1.1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /"sourceAddress" argument must be of type string/,
  });
  assert.throws(() => socket.dropSourceSpecificMembership('127.0.0.1', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /"groupAddress" argument must be of type string/,
  });
  // not a multicast group
  assert.throws(() => socket.addSourceSpecificMembership('127.0.0.1', '127.0.0.1'), {
    code: 'EINVAL',
    syscall: 'addSourceSpecificMembership',
  });
  socket.close();
}));

// Multicast memberships need a multicast-capable interface: check them where the loopback
// lets us join a group.
const group = dgram.createSocket('udp4');
group.bind(0, common.mustCall(() => {
  let joined = true;
  try {
    group.addMembership('224.0.0.114', '127.0.0.1');
  } catch (err) {
    joined = false;
    common.printSkipMessage(`no multicast on the loopback: ${err.message}`);
  }
  if (joined) {
    assert.throws(() => group.addMembership('224.0.0.114', '127.0.0.1'), {
      code: 'EADDRINUSE',
      syscall: 'addMembership',
    });
    group.dropMembership('224.0.0.114', '127.0.0.1');
  }
  group.close();
}));
