// Flags: --expose-internals
'use strict';
// The TCP handle of src/tcp_wrap.c under the stream methods of src/stream_wrap.c: listen,
// accept (onconnection), connect (TCPConnectWrap.oncomplete), reads into ArrayBuffers of
// exactly the bytes read (onread + streamBaseState), writes, shutdown, EOF and close.
const common = require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/bootstrap/realm');
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const {
  WriteWrap, ShutdownWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset,
  kBytesWritten, kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');

const server = new TCP(constants.SERVER);
assert.strictEqual(server.bind('127.0.0.1', 0), 0);
assert.strictEqual(server.listen(16), 0);
const address = {};
assert.strictEqual(server.getsockname(address), 0);
assert.strictEqual(address.address, '127.0.0.1');
assert.strictEqual(address.family, 'IPv4');
assert.ok(address.port > 0);
assert.ok(server.fd > 2);

server.onconnection = common.mustCall(function(status, peer) {
  assert.strictEqual(this, server);
  assert.strictEqual(status, 0);
  assert.ok(peer instanceof TCP);
  const remote = {};
  assert.strictEqual(peer.getpeername(remote), 0);
  assert.strictEqual(remote.address, '127.0.0.1');
  peer.onread = function(arrayBuffer) {
    assert.strictEqual(this, peer);
    const nread = streamBaseState[kReadBytesOrError];
    if (nread === UV_EOF) {
      assert.strictEqual(arrayBuffer, undefined);
      assert.strictEqual(peer.bytesRead, 5);
      // echo done: our side ends too, then closes
      const req = new ShutdownWrap();
      req.oncomplete = common.mustCall((st, handle) => {
        assert.strictEqual(st, 0);
        assert.strictEqual(handle, peer);
        peer.close(common.mustCall(function() {
          assert.strictEqual(this, peer);
          server.close(common.mustCall());
        }));
      });
      assert.strictEqual(peer.shutdown(req), 0);
      return;
    }
    assert.ok(nread > 0);
    assert.ok(arrayBuffer instanceof ArrayBuffer);
    assert.strictEqual(arrayBuffer.byteLength, nread);
    const data = Buffer.from(arrayBuffer, streamBaseState[kArrayBufferOffset], nread);
    const req = new WriteWrap();
    req.oncomplete = common.mustNotCall('a small write completes at once');
    assert.strictEqual(peer.writeBuffer(req, data), 0);
    assert.strictEqual(streamBaseState[kBytesWritten], nread);
    assert.strictEqual(streamBaseState[kLastWriteWasAsync], 0);
  };
  assert.strictEqual(peer.readStart(), 0);
});

const client = new TCP(constants.SOCKET);
const connectReq = new TCPConnectWrap();
connectReq.oncomplete = common.mustCall(function(status, handle, req, readable, writable) {
  assert.strictEqual(this, connectReq);
  assert.strictEqual(status, 0);
  assert.strictEqual(handle, client);
  assert.strictEqual(req, connectReq);
  assert.strictEqual(readable, true);
  assert.strictEqual(writable, true);
  const chunks = [];
  client.onread = common.mustCall((arrayBuffer) => {
    const nread = streamBaseState[kReadBytesOrError];
    if (nread === UV_EOF) {
      assert.strictEqual(Buffer.concat(chunks).toString('latin1'), 'h\u00e9llo');
      client.close(common.mustCall());
      return;
    }
    chunks.push(Buffer.from(arrayBuffer, streamBaseState[kArrayBufferOffset], nread));
  }, 2);
  assert.strictEqual(client.readStart(), 0);
  // 'hé' in latin1 (2 bytes), then 'llo' as UTF-8
  assert.strictEqual(client.writeLatin1String(new WriteWrap(), 'h\u00e9'), 0);
  assert.strictEqual(streamBaseState[kBytesWritten], 2);
  assert.strictEqual(client.writeUtf8String(new WriteWrap(), 'llo'), 0);
  assert.strictEqual(client.bytesWritten, 5);
  const end = new ShutdownWrap();
  end.oncomplete = common.mustCall((st) => assert.strictEqual(st, 0));
  assert.strictEqual(client.shutdown(end), 0);
});
assert.strictEqual(client.connect(connectReq, '127.0.0.1', address.port), 0);
