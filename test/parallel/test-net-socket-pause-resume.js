'use strict';
// pause() stops 'data' (the handle stops reading once the buffer is full), resume() brings
// back all of it in order; isPaused() says which.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const total = 4 * 1024 * 1024;
const server = net.createServer((conn) => {
  const size = 64 * 1024;
  for (let i = 0; i < total / size; i++) conn.write(Buffer.alloc(size, i & 255));
  conn.end();
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  let paused = false;
  client.on('data', (d) => {
    assert.strictEqual(paused, false);
    for (let i = 0; i < d.length; i += 4096) {
      assert.strictEqual(d[i], ((received + i) >> 16) & 255);
    }
    received += d.length;
    if (received > total / 2 && !client.pausedOnce) {
      client.pausedOnce = true;
      client.pause();
      paused = true;
      assert.strictEqual(client.isPaused(), true);
      setTimeout(() => {
        paused = false;
        client.resume();
        assert.strictEqual(client.isPaused(), false);
      }, 50);
    }
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    server.close();
  }));
}));
