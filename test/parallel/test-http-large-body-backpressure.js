'use strict';
// A 16 MiB response to a client that reads slowly: the server's res.write() reports back-
// pressure and 'drain' comes, so it never holds much more than its high-water mark; a 4 MiB
// request body arrives whole.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const chunk = Buffer.alloc(64 * 1024, 'x');
const total = 256;

const server = http.createServer(common.mustCall((req, res) => {
  if (req.method === 'POST') {
    let n = 0;
    req.on('data', (d) => n += d.length);
    req.on('end', common.mustCall(() => res.end(String(n))));
    return;
  }
  let sent = 0;
  let maxBuffered = 0;
  function write() {
    while (sent < total) {
      sent++;
      const ok = res.write(chunk);
      maxBuffered = Math.max(maxBuffered, res.writableLength);
      if (!ok) {
        res.once('drain', write);
        return;
      }
    }
    // a little over one chunk past the mark at most: writes stop at the first false
    assert.ok(maxBuffered <= res.writableHighWaterMark + 2 * chunk.length + 100, maxBuffered);
    res.end();
  }
  write();
}, 2));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, agent }, common.mustCall((res) => {
    let got = 0;
    res.on('data', (d) => {
      got += d.length;
      res.pause();
      setImmediate(() => res.resume());
    });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(got, total * chunk.length);
      const req = http.request({ port, agent, method: 'POST' }, common.mustCall((res) => {
        let body = '';
        res.on('data', (d) => body += d);
        res.on('end', common.mustCall(() => {
          assert.strictEqual(body, String(64 * chunk.length));
          agent.destroy();
          server.close();
        }));
      }));
      for (let i = 0; i < 64; i++) req.write(chunk);
      req.end();
    }));
  }));
}));
