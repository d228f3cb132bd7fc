'use strict';
// setTimeout(ms[, cb]): 'timeout' after ms of inactivity (the socket stays open), activity
// pushes it back, setTimeout(0) turns it off and removes cb; `timeout` holds the value; bad
// arguments throw Node's errors; the connect option { timeout } sets it.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((conn) => {
  conn.on('data', () => {});
  conn.on('close', () => {});
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1', common.mustCall(() => {
    const start = Date.now();
    // keep busy for a while: no timeout during it
    const interval = setInterval(() => client.write('.'), 20);
    setTimeout(() => clearInterval(interval), 150);
    assert.strictEqual(client.setTimeout(100, common.mustCall(() => {
      assert.ok(Date.now() - start >= 200, 'activity pushed the timeout back');
      assert.strictEqual(client.destroyed, false);
      const cb = common.mustNotCall();
      client.setTimeout(50, cb);
      client.setTimeout(0, cb);
      assert.strictEqual(client.timeout, 0);
      assert.strictEqual(client.listenerCount('timeout'), 0);
      setTimeout(() => {
        client.destroy();
        fromOption();
      }, 100);
    })), client);
    assert.strictEqual(client.timeout, 100);
  }));

  function fromOption() {
    const timed = net.connect({ port, host: '127.0.0.1', timeout: 30 });
    assert.strictEqual(timed.timeout, 30);
    timed.on('timeout', common.mustCall(() => {
      timed.destroy();
      server.close();
    }));
  }
}));

const s = new net.Socket();
assert.throws(() => s.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => s.setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setTimeout(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')',
});
s.setTimeout(0);
