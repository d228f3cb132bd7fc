'use strict';
// The onread option: data goes into the given buffer (or one from a function) and to
// callback(nread, buf) instead of 'data'; returning false pauses reading until resume().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const message = 'x'.repeat(100);
const server = net.createServer((conn) => {
  conn.write(message);
  setTimeout(() => conn.end(message), 50);
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const buffer = Buffer.alloc(16);
  let received = '';
  let paused = false;
  const client = net.connect({
    port,
    host: '127.0.0.1',
    onread: {
      buffer,
      callback: common.mustCallAtLeast(function(nread, buf) {
        assert.strictEqual(paused, false);
        assert.strictEqual(buf, buffer);
        assert.ok(nread > 0 && nread <= 16);
        received += buf.toString('latin1', 0, nread);
        if (received.length === 48) {
          paused = true;
          setTimeout(() => {
            paused = false;
            client.resume();
          }, 20);
          return false;
        }
      }),
    },
  });
  client.on('data', common.mustNotCall());
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, message + message);
    withFunction();
  }));

  function withFunction() {
    const made = [];
    const c = net.connect({
      port,
      host: '127.0.0.1',
      onread: {
        buffer: () => {
          const b = Buffer.alloc(64);
          made.push(b);
          return b;
        },
        callback: common.mustCallAtLeast((nread, buf) => {
          assert.ok(made.includes(buf));
        }),
      },
    });
    c.on('end', common.mustCall(() => {
      assert.ok(made.length >= 2);
      server.close();
    }));
  }
}));
