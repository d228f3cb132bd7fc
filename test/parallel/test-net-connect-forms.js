'use strict';
// The argument forms of net.connect()/createConnection()/socket.connect(): (port), (port,
// host), (port, host, cb), ({ port, host }, cb), a port as a string; 'connect' then 'ready'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((conn) => conn.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const forms = [
    () => net.connect(port),
    () => net.connect(port, '127.0.0.1'),
    () => net.createConnection(String(port), '127.0.0.1'),
    () => net.connect({ port, host: '127.0.0.1' }),
    () => new net.Socket().connect(port, 'localhost'),
    () => new net.Socket().connect({ port }),
  ];
  let left = forms.length;
  for (const make of forms) {
    const events = [];
    const socket = make();
    assert.strictEqual(socket.connecting, true);
    assert.strictEqual(socket.pending, true);
    socket.on('connect', () => events.push('connect'));
    socket.on('ready', () => events.push('ready'));
    socket.resume();
    socket.on('close', common.mustCall(() => {
      assert.deepStrictEqual(events, ['connect', 'ready']);
      if (--left === 0) server.close();
    }));
  }
  const withCb = net.connect(port, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, withCb);
    assert.strictEqual(withCb.connecting, false);
    withCb.destroy();
  }));
  const optsCb = net.connect({ port, host: '127.0.0.1' }, common.mustCall(() => {
    optsCb.destroy();
  }));
}));
