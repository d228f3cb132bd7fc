'use strict';
// New TCP connections per second on loopback: `concurrency` clients at a time connect, the
// server accepts and ends each, the client closes; n connections in all.
const common = require('../common.js');
const net = require('net');

const bench = common.createBenchmark(main, {
  concurrency: [1, 50],
  n: [5000],
});

function main({ concurrency, n }) {
  const server = net.createServer((conn) => conn.end());
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    let started = 0;
    let closed = 0;
    const connectOne = () => {
      started++;
      const client = net.connect(port, '127.0.0.1');
      client.resume();
      client.on('close', () => {
        if (++closed === n) {
          bench.end(n);
          server.close();
        } else if (started < n) {
          connectOne();
        }
      });
    };
    bench.start();
    for (let i = 0; i < concurrency && i < n; i++) connectOne();
  });
}
