// Flags: --expose-internals
'use strict';
// Unix domain sockets through src/pipe_wrap.c: bind to a path and to an abstract name
// (Linux), listen, accept, connect (PipeConnectWrap), fchmod, a refused connect, and the same
// stream methods as TCP.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const { internalBinding } = require('internal/bootstrap/realm');
const { Pipe, PipeConnectWrap, constants } = internalBinding('pipe_wrap');
const { WriteWrap, streamBaseState, kReadBytesOrError } = internalBinding('stream_wrap');
const { UV_EOF, UV_ENOENT, UV_ECONNREFUSED, UV_ECANCELED } = internalBinding('uv');

tmpdir.refresh();

function echoOnce(name, done) {
  const server = new Pipe(constants.SERVER);
  assert.strictEqual(server.bind(name), 0);
  assert.strictEqual(server.listen(4), 0);
  server.onconnection = common.mustCall((status, peer) => {
    assert.strictEqual(status, 0);
    assert.ok(peer instanceof Pipe);
    peer.onread = (ab) => {
      const n = streamBaseState[kReadBytesOrError];
      if (n === UV_EOF) {
        peer.close();
        return;
      }
      peer.writeBuffer(new WriteWrap(), Buffer.from(ab, 0, n));
      peer.close();
    };
    peer.readStart();
  });
  const client = new Pipe(constants.SOCKET);
  const req = new PipeConnectWrap();
  req.oncomplete = common.mustCall((status, handle, r, readable, writable) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(handle, client);
    assert.strictEqual(readable, true);
    assert.strictEqual(writable, true);
    client.onread = common.mustCall((ab) => {
      const n = streamBaseState[kReadBytesOrError];
      if (n === UV_EOF) {
        client.close();
        server.close(done);
        return;
      }
      assert.strictEqual(Buffer.from(ab, 0, n).toString(), `ping ${name}`);
    }, 2);
    client.readStart();
    client.writeUtf8String(new WriteWrap(), `ping ${name}`);
  });
  assert.strictEqual(client.connect(req, name), 0);
  return server;
}

const file = path.join(tmpdir.path, 'echo.sock');
const server = echoOnce(file, common.mustCall(() => {
  assert.strictEqual(fs.existsSync(file), false);   // unlinked on close
  echoOnce(`\0slim-test-${process.pid}`, common.mustCall());
}));
assert.strictEqual(server.fchmod(constants.UV_READABLE | constants.UV_WRITABLE), 0);
assert.strictEqual(fs.statSync(file).mode & 0o666, 0o666);

for (const [name, code] of [[path.join(tmpdir.path, 'none.sock'), UV_ENOENT],
                            [`\0slim-none-${process.pid}`, UV_ECONNREFUSED]]) {
  const c = new Pipe(constants.SOCKET);
  const req = new PipeConnectWrap();
  req.oncomplete = common.mustCall((status) => {
    assert.strictEqual(status, code);
    c.close();
  });
  assert.strictEqual(c.connect(req, name), 0);
}

// A connect whose handle closes first is canceled.
const early = new Pipe(constants.SOCKET);
const earlyReq = new PipeConnectWrap();
earlyReq.oncomplete = common.mustCall((status) => assert.strictEqual(status, UV_ECANCELED));
early.connect(earlyReq, `\0slim-none-${process.pid}`);
early.close(common.mustCall());
assert.throws(() => new Pipe(3), TypeError);
