// Flags: --expose-internals --expose-gc
'use strict';
// TCP handles used wrongly from JS never crash: constructor misuse throws, methods on other
// receivers throw, bad arguments and closed handles give libuv codes, close is idempotent,
// and closed handles are collected.
const common = require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/bootstrap/realm');
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const {
  WriteWrap, ShutdownWrap, streamBaseState, kReadBytesOrError,
} = internalBinding('stream_wrap');
const { UV_EBADF, UV_EINVAL, UV_ENOTCONN, UV_ECONNREFUSED, UV_EOF } = internalBinding('uv');

assert.throws(() => TCP(constants.SOCKET), TypeError);
assert.throws(() => new TCP(7), TypeError);
assert.throws(() => new TCP('0'), TypeError);
assert.throws(() => new TCP(), TypeError);
assert.throws(() => WriteWrap(), TypeError);
assert.throws(() => TCP.prototype.bind.call({}, '127.0.0.1', 0), TypeError);
assert.throws(() => TCP.prototype.close.call(new WriteWrap()), TypeError);
const fdGetter = Object.getOwnPropertyDescriptor(TCP.prototype, 'fd').get;
assert.throws(() => fdGetter.call({}), TypeError);
assert.throws(() => fdGetter.call(Object.create(TCP.prototype)), TypeError);

const h = new TCP(constants.SOCKET);
assert.strictEqual(h.fd, -1);
assert.strictEqual(h.bytesRead, 0);
assert.strictEqual(h.bytesWritten, 0);
assert.strictEqual(h.writeQueueSize, 0);
assert.strictEqual(h.bind('not an ip', 0), UV_EINVAL);
assert.strictEqual(h.bind('127.0.0.1', 70000), UV_EINVAL);
assert.strictEqual(h.bind(1, 0), UV_EINVAL);
assert.strictEqual(h.bind6('127.0.0.1', 0, 0), UV_EINVAL);
assert.strictEqual(h.connect(new TCPConnectWrap(), '::1', 80), UV_EINVAL);
assert.strictEqual(h.connect(null, '127.0.0.1', 80), UV_EINVAL);
assert.strictEqual(h.writeBuffer(new WriteWrap(), 'not a buffer'), UV_EINVAL);
assert.strictEqual(h.writeUtf8String(new WriteWrap(), 42), UV_EINVAL);
assert.strictEqual(h.writev(new WriteWrap(), 'x', true), UV_EINVAL);
assert.strictEqual(h.writev(new WriteWrap(), ['x', 'base64'], false), UV_EINVAL);
assert.strictEqual(h.writev(new WriteWrap(), [{}], true), UV_EINVAL);
assert.strictEqual(h.readStart(), UV_ENOTCONN);
assert.strictEqual(h.shutdown(new ShutdownWrap()), UV_ENOTCONN);
assert.strictEqual(h.getpeername({}), UV_EBADF);
assert.strictEqual(h.open(-1), UV_EINVAL);
assert.strictEqual(h.useUserBuffer('x'), UV_EINVAL);
assert.strictEqual(h.hasRef(), true);
h.unref();
assert.strictEqual(h.hasRef(), false);
h.ref();
assert.strictEqual(h.hasRef(), true);

h.close(common.mustCall(function() {
  assert.strictEqual(this, h);
  // closed: everything answers EBADF, nothing crashes
  assert.strictEqual(h.fd, -1);
  assert.strictEqual(h.hasRef(), false);
  assert.strictEqual(h.bind('127.0.0.1', 0), UV_EBADF);
  assert.strictEqual(h.listen(1), UV_EBADF);
  assert.strictEqual(h.readStart(), UV_EBADF);
  assert.strictEqual(h.writeBuffer(new WriteWrap(), Buffer.alloc(1)), UV_EBADF);
  assert.strictEqual(h.reset(), UV_EBADF);
  h.ref();
  h.unref();
  h.close(common.mustNotCall());
}));
h.close(common.mustNotCall('a second close is ignored'));
assert.strictEqual(h.getsockname({}), UV_EBADF);

// A refused connection completes with ECONNREFUSED.
const probe = new TCP(constants.SERVER);
probe.bind('127.0.0.1', 0);
const address = {};
probe.getsockname(address);
probe.close(common.mustCall(() => {
  const c = new TCP(constants.SOCKET);
  const req = new TCPConnectWrap();
  req.oncomplete = common.mustCall((status, handle, r, readable, writable) => {
    assert.strictEqual(status, UV_ECONNREFUSED);
    assert.strictEqual(readable, false);
    assert.strictEqual(writable, false);
    c.close();
  });
  assert.strictEqual(c.connect(req, '127.0.0.1', address.port), 0);
}));

// A server with no onconnection: each connection is accepted and closed unseen.
{
  const server = new TCP(constants.SERVER);
  server.bind('127.0.0.1', 0);
  server.listen(1);
  const where = {};
  server.getsockname(where);
  const c = new TCP(constants.SOCKET);
  const req = new TCPConnectWrap();
  req.oncomplete = common.mustCall(() => {
    c.onread = common.mustCall(() => {
      assert.strictEqual(streamBaseState[kReadBytesOrError], UV_EOF);
      c.close();
      server.close();
    });
    c.readStart();
  });
  c.connect(req, '127.0.0.1', where.port);
}

// Handles closed and dropped are collected; C frees its part in the close callback.
const onClose = common.mustCall(() => {
  if (++closed === 1000) globalThis.gc();
}, 1000);
let closed = 0;
for (let i = 0; i < 1000; i++) new TCP(constants.SOCKET).close(onClose);
