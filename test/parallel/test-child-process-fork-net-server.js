'use strict';
// A net.Server sent to a forked child: the child gets a listening server on the same handle
// and serves connections on it while the parent keeps serving too.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.once('message', common.mustCall((m, server) => {
    assert.strictEqual(m, 'server');
    assert.ok(server instanceof net.Server);
    assert.strictEqual(server.listening, true);
    server.on('connection', (socket) => socket.end('child'));
    process.send('ready');
    process.once('message', common.mustCall((m) => {
      assert.strictEqual(m, 'done');
      server.close();
      process.disconnect();
    }));
  }));
  return;
}

const server = net.createServer((socket) => socket.end('parent'));
server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  const child = fork(__filename, ['child']);
  child.send('server', server);
  child.once('message', common.mustCall((m) => {
    assert.strictEqual(m, 'ready');
    // Now only the child accepts.
    server.close();
    const seen = new Set();
    let left = 4;
    const connectOnce = () => {
      let data = '';
      net.connect(port).setEncoding('utf8')
        .on('data', (d) => data += d)
        .on('end', common.mustCall(() => {
          seen.add(data);
          if (--left > 0) return connectOnce();
          assert.deepStrictEqual([...seen], ['child']);
          child.send('done');
        }));
    };
    connectOnce();
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}));
