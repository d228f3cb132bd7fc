// Flags: --expose-internals
'use strict';
// Writes the kernel cannot take at once: they go on asynchronously (kLastWriteWasAsync,
// writeQueueSize, WriteWrap.oncomplete in order), strings encoded in C (UTF-8, latin1,
// UTF-16LE; small ones through a stack buffer, large ones on the heap), writev of buffers
// and of [chunk, encoding] pairs, and every byte arrives in order.
const common = require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/bootstrap/realm');
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const {
  WriteWrap, ShutdownWrap, streamBaseState, kReadBytesOrError, kBytesWritten,
  kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');

const big = Buffer.alloc(32 * 1024 * 1024);
for (let i = 0; i < big.length; i += 4096) big[i] = i / 4096 & 255;
const smallUtf8 = 'é€'.repeat(2000);            // 10000 bytes, under the stack buffer
const largeLatin1 = 'ÿa'.repeat(50000);           // 100000 bytes
const ucs2 = 'z\u20ac'.repeat(3000);
const manyBuffers = Array.from({ length: 40 }, (_, i) => Buffer.alloc(1000, i));
const pairs = [Buffer.from('[pair]'), 'buffer', 'héllo', 'utf8', 'é', 'latin1', 'AB', 'ucs2',
               'x'.repeat(20000), 'ascii'];
const expected = Buffer.concat([
  big,
  Buffer.from(smallUtf8, 'utf8'),
  Buffer.from(largeLatin1, 'latin1'),
  Buffer.from(ucs2, 'utf16le'),
  ...manyBuffers,
  Buffer.from('[pair]'), Buffer.from('héllo'), Buffer.from('é', 'latin1'),
  Buffer.from('AB', 'utf16le'), Buffer.from('x'.repeat(20000)),
]);

const server = new TCP(constants.SERVER);
assert.strictEqual(server.bind('127.0.0.1', 0), 0);
assert.strictEqual(server.listen(1), 0);
const address = {};
server.getsockname(address);

let received = 0;
server.onconnection = common.mustCall((status, peer) => {
  peer.onread = (arrayBuffer) => {
    const nread = streamBaseState[kReadBytesOrError];
    if (nread === UV_EOF) {
      assert.strictEqual(received, expected.length);
      assert.strictEqual(peer.bytesRead, expected.length);
      peer.close();
      server.close();
      return;
    }
    const chunk = new Uint8Array(arrayBuffer, 0, nread);
    assert.ok(expected.subarray(received, received + nread).equals(chunk),
              `bytes differ at ${received}`);
    received += nread;
  };
  // The client fills the socket's buffers first.
  setTimeout(() => peer.readStart(), 50);
});

const client = new TCP(constants.SOCKET);
const connectReq = new TCPConnectWrap();
connectReq.oncomplete = common.mustCall((status) => {
  assert.strictEqual(status, 0);
  const order = [];
  const write = (name, call) => {
    const req = new WriteWrap();
    req.oncomplete = common.mustCall(function(st, handle) {
      assert.strictEqual(this, req);
      assert.strictEqual(st, 0);
      assert.strictEqual(handle, client);
      order.push(name);
    });
    assert.strictEqual(call(req), 0);
    assert.strictEqual(streamBaseState[kLastWriteWasAsync], 1, name);
    return streamBaseState[kBytesWritten];
  };
  assert.strictEqual(write('big', (req) => client.writeBuffer(req, big)), big.length);
  assert.ok(client.writeQueueSize > 0);
  assert.strictEqual(write('utf8', (req) => client.writeUtf8String(req, smallUtf8)), 10000);
  assert.strictEqual(write('latin1', (req) => client.writeLatin1String(req, largeLatin1)),
                     100000);
  assert.strictEqual(write('ucs2', (req) => client.writeUcs2String(req, ucs2)), 12000);
  assert.strictEqual(write('buffers', (req) => client.writev(req, manyBuffers, true)), 40000);
  assert.strictEqual(write('pairs', (req) => client.writev(req, pairs, false)),
                     6 + 6 + 1 + 4 + 20000);
  assert.strictEqual(client.bytesWritten, expected.length);
  const end = new ShutdownWrap();
  end.oncomplete = common.mustCall((st) => {
    assert.strictEqual(st, 0);
    assert.deepStrictEqual(order, ['big', 'utf8', 'latin1', 'ucs2', 'buffers', 'pairs']);
    assert.strictEqual(client.writeQueueSize, 0);
    client.close();
  });
  assert.strictEqual(client.shutdown(end), 0);
});
assert.strictEqual(client.connect(connectReq, '127.0.0.1', address.port), 0);
