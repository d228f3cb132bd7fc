'use strict';
// Round trips of small messages over one TCP connection: the client sends `len` bytes, the
// server answers with as many, the client sends again. The cost per read and per write.
const common = require('../common.js');
const net = require('net');

const bench = common.createBenchmark(main, {
  len: [64],
  n: [50000],
});

function main({ len, n }) {
  const message = Buffer.alloc(len, 'p');
  const server = net.createServer((conn) => {
    conn.on('error', () => {});
    let pending = 0;
    conn.on('data', (d) => {
      pending += d.length;
      while (pending >= len) {
        pending -= len;
        conn.write(message);
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      let rounds = 0;
      let pending = 0;
      client.on('data', (d) => {
        pending += d.length;
        while (pending >= len) {
          pending -= len;
          if (++rounds === n) {
            bench.end(n);
            client.destroy();
            server.close();
            return;
          }
          client.write(message);
        }
      });
      bench.start();
      client.write(message);
    });
  });
}
