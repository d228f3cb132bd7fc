'use strict';
// bind()'s errors: binding twice throws ERR_SOCKET_ALREADY_BOUND; a port in use is an 'error'
// EADDRINUSE with Node's fields (and the bind callback is not called, nor kept); a host name
// that does not resolve is the lookup's error; an address of the other family is EINVAL; a
// socket whose bind failed can bind again.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const os = require('os');

const first = dgram.createSocket('udp4');
first.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => first.bind(0), {
    code: 'ERR_SOCKET_ALREADY_BOUND',
    name: 'Error',
    message: 'Socket is already bound',
  });
  const { port } = first.address();
  const second = dgram.createSocket('udp4');
  second.bind(port, '127.0.0.1', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -os.constants.errno.EADDRINUSE);
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    assert.strictEqual(second.listenerCount('listening'), 0);
    // unbound again: a second bind works
    second.bind(0, '127.0.0.1', common.mustCall(() => {
      assert.notStrictEqual(second.address().port, port);
      second.close();
      first.close();
    }));
  }));
}));

const other = dgram.createSocket('udp4');
other.bind(0, '::1', common.mustNotCall());
other.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'bind');
  assert.strictEqual(err.address, '::1');
  assert.strictEqual('port' in err, false);
  assert.strictEqual(err.message, 'bind EINVAL ::1');
  other.close();
}));

const lookupError = new Error('not resolved');
const unresolved = dgram.createSocket({
  type: 'udp4',
  lookup: common.mustCall((host, family, cb) => {
    assert.strictEqual(host, 'nowhere');
    assert.strictEqual(family, 4);
    process.nextTick(cb, lookupError);
  }),
});
unresolved.bind(0, 'nowhere', common.mustNotCall());
unresolved.on('error', common.mustCall((err) => {
  assert.strictEqual(err, lookupError);
  unresolved.close();
}));

// Closed while looking the address up: neither 'listening' nor 'error'.
const closed = dgram.createSocket('udp4');
closed.bind(0, 'localhost', common.mustNotCall());
closed.on('error', common.mustNotCall());
closed.close(common.mustCall());

// A descriptor that is not a UDP socket.
const fromFd = dgram.createSocket('udp4');
assert.throws(() => fromFd.bind({ fd: 1 }), { code: 'ERR_INVALID_FD_TYPE', name: 'TypeError' });
fromFd.close();
