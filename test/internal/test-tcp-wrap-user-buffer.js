// Flags: --expose-internals
'use strict';
// useUserBuffer(buf): reads land in the given buffer (onread gets no ArrayBuffer, the count
// in streamBaseState), and a Uint8Array returned by onread is where the next read goes.
// reset(cb) closes with an RST: the peer reads ECONNRESET.
const common = require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/bootstrap/realm');
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const { WriteWrap, streamBaseState, kReadBytesOrError } = internalBinding('stream_wrap');
const { UV_ECONNRESET } = internalBinding('uv');

const server = new TCP(constants.SERVER);
server.bind('127.0.0.1', 0);
server.listen(1);
const address = {};
server.getsockname(address);

const first = Buffer.alloc(4);
const second = Buffer.alloc(64);
let peerHandle;
server.onconnection = common.mustCall((status, peer) => {
  peerHandle = peer;
  assert.strictEqual(peer.useUserBuffer(first), 0);
  let reads = 0;
  peer.onread = common.mustCall((ab) => {
    const n = streamBaseState[kReadBytesOrError];
    if (reads++ === 0) {
      assert.strictEqual(ab, undefined);
      assert.strictEqual(n, 4);
      assert.strictEqual(first.toString(), 'abcd');
      return second;
    }
    if (n > 0) {
      assert.strictEqual(second.toString('latin1', 0, n), 'efgh');
      // the peer resets; this side then reads ECONNRESET
      peer.writeUtf8String(new WriteWrap(), 'reset me');
      return;
    }
    assert.strictEqual(n, UV_ECONNRESET);
    peer.close();
    server.close();
  }, 3);
  peer.readStart();
});

const client = new TCP(constants.SOCKET);
const req = new TCPConnectWrap();
req.oncomplete = common.mustCall(() => {
  client.writeLatin1String(new WriteWrap(), 'abcd');
  setTimeout(() => client.writeLatin1String(new WriteWrap(), 'efgh'), 20);
  client.onread = common.mustCall(() => {
    assert.strictEqual(client.reset(common.mustCall(function() {
      assert.strictEqual(this, client);
    })), 0);
    assert.ok(peerHandle);
  });
  client.readStart();
});
client.connect(req, '127.0.0.1', address.port);
