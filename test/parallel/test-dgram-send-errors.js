'use strict';
// send()'s argument errors (thrown), and its I/O errors: to the callback when there is one
// (a datagram too big: EMSGSIZE with address and port; a host that does not resolve), else
// as 'error' for a failed lookup.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');

for (const port of [undefined, 0, -1, 65536, 'a', 1.5, null]) {
  assert.throws(() => socket.send('x', port), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
    message: /^Port should be > 0 and < 65536\. Received /,
  });
}
assert.throws(() => socket.send(5, 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => socket.send(['a', 5], 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "buffer list arguments" argument must be/,
});
assert.throws(() => socket.send({}, 0, 1, 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => socket.send('xx', 5, 1, 1234, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => socket.send('xx', 1, 2, 1234, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
assert.throws(() => socket.send('x', 1234, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => socket.sendto('x', 'a', 1, 1234, '127.0.0.1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /"offset" argument must be of type number/,
});
assert.throws(() => socket.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
assert.throws(() => socket.remoteAddress(), {
  code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED',
  message: 'Not connected',
});

const receiver = dgram.createSocket('udp4');
receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = receiver.address();
  socket.send(Buffer.alloc(70000), port, '127.0.0.1', common.mustCall((err, bytes) => {
    assert.strictEqual(err.code, 'EMSGSIZE');
    assert.strictEqual(err.syscall, 'send');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `send EMSGSIZE 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    assert.strictEqual(bytes, undefined);

    const lookupError = new Error('lookup failed');
    const custom = dgram.createSocket({
      type: 'udp4',
      lookup: (host, family, cb) => {
        if (host === 'bad.example') return cb(lookupError);
        cb(null, '127.0.0.1', 4);
      },
    });
    custom.send('x', port, 'bad.example', common.mustCall((err) => {
      assert.strictEqual(err, lookupError);
      custom.send('x', port, 'bad.example');
      custom.on('error', common.mustCall((err) => {
        assert.strictEqual(err, lookupError);
        custom.close();
        socket.close();
        receiver.close();
      }));
    }));
  }));
}));
