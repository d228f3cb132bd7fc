'use strict';
// pauseOnConnect: the server's sockets start paused and read nothing until resumed; with
// allowHalfOpen the server's sockets inherit it.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ pauseOnConnect: true, allowHalfOpen: true },
                                common.mustCall((conn) => {
                                  assert.strictEqual(server.pauseOnConnect, true);
                                  assert.strictEqual(conn.allowHalfOpen, true);
                                  assert.strictEqual(conn.isPaused(), true);
                                  assert.strictEqual(conn._handle.reading, false);
                                  let got = '';
                                  conn.on('data', (d) => got += d);
                                  setTimeout(() => {
                                    assert.strictEqual(got, '');
                                    conn.resume();
                                  }, 50);
                                  conn.on('end', common.mustCall(() => {
                                    assert.strictEqual(got, 'early data');
                                    conn.end();
                                    server.close();
                                  }));
                                }));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(server.address().port, '127.0.0.1').end('early data');
}));
