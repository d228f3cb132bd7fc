'use strict';
// net.Sockets sent to a forked child: the child gets a connected socket and talks on it; the
// parent's socket is detached (keepOpen false) or stays usable (keepOpen true). Messages sent
// after a handle keep their order.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const order = [];
  process.on('message', (m, socket) => {
    order.push(m);
    if (m === 'plain') return;
    assert.ok(socket instanceof net.Socket);
    socket.end(`child:${m}\n`);
    if (order.length === 3) {
      assert.deepStrictEqual(order, ['detach', 'plain', 'keep']);
      process.disconnect();
    }
  });
  return;
}

const child = fork(__filename, ['child']);
let accepted = 0;
const server = net.createServer(common.mustCall((socket) => {
  accepted++;
  if (accepted === 1) {
    child.send('detach', socket, common.mustCall((err) => {
      assert.strictEqual(err, null);
      assert.strictEqual(socket._handle, null);
    }));
    child.send('plain');
  } else {
    child.send('keep', socket, { keepOpen: true }, common.mustCall(() => {
      assert.notStrictEqual(socket._handle, null);
    }));
  }
}, 2));

function read(port, cb) {
  let data = '';
  net.connect(port).setEncoding('utf8').on('data', (d) => data += d)
    .on('end', common.mustCall(() => cb(data)));
}

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  read(port, common.mustCall((data) => {
    assert.strictEqual(data, 'child:detach\n');
    read(port, common.mustCall((data) => {
      assert.strictEqual(data, 'child:keep\n');
      server.close();
    }));
  }));
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
