// Flags: --expose-internals
'use strict';
// Our lib/net.js over Node 20's own tcp_wrap, pipe_wrap, stream_wrap and cares_wrap
// bindings: it keeps their interfaces (onread with streamBaseState, WriteWrap, oncomplete
// arguments, getsockname's fields), so that a server and clients built from it interoperate
// with Node's own net.
require('../common');
const assert = require('assert');
const nodeNet = require('net');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const h = require('./harness');

const net = h.load('net', {
  useNode: ['internal/timers', 'internal/buffer', 'internal/options', 'buffer', 'stream', 'events'],
});
const done = [];
process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), ['echo', 'pipe', 'refused', 'timeout']);
});

// our server, Node's client, and the other way round
const server = net.createServer((conn) => conn.pipe(conn));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const payload = Buffer.alloc(3 * 1024 * 1024, 'e');
  const client = nodeNet.connect(port, '127.0.0.1', () => client.end(payload));
  let received = 0;
  client.on('data', (d) => received += d.length);
  client.on('end', () => {
    assert.strictEqual(received, payload.length);
    const ours = net.connect(port, '127.0.0.1', () => {
      assert.strictEqual(ours.remotePort, port);
      ours.end('string data é');
    });
    const chunks = [];
    ours.on('data', (d) => chunks.push(d));
    ours.on('close', (hadError) => {
      assert.strictEqual(hadError, false);
      assert.strictEqual(Buffer.concat(chunks).toString(), 'string data é');
      assert.strictEqual(ours.bytesRead, 14);
      server.close(() => {
        done.push('echo');
        refused(port);
      });
    });
  });
});

function refused(port) {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', (err) => {
    assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    done.push('refused');
  });
}

tmpdir.refresh();
const sock = path.join(tmpdir.path, 'harness.sock');
const pipeServer = nodeNet.createServer((c) => c.end('over a pipe'));
pipeServer.listen(sock, () => {
  const c = net.connect(sock);
  let data = '';
  c.on('data', (d) => data += d);
  c.on('end', () => {
    assert.strictEqual(data, 'over a pipe');
    pipeServer.close();
    done.push('pipe');
  });
});

const idle = nodeNet.createServer((c) => c.resume());
idle.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: idle.address().port, host: 'localhost', timeout: 20 });
  c.on('timeout', () => {
    c.destroy();
    idle.close();
    done.push('timeout');
  });
});
