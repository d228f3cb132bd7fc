'use strict';
// One TCP connection on loopback: the client writes `len`-byte chunks (Buffers or strings) as
// fast as back-pressure allows, the server echoes them back (pipe), until n MiB have come
// back. Rate: MiB echoed per second.
const common = require('../common.js');
const net = require('net');

const bench = common.createBenchmark(main, {
  len: [65536, 1024],
  type: ['buffer', 'utf8'],
  n: [256],
});

function main({ len, type, n }) {
  const chunk = type === 'buffer' ? Buffer.alloc(len, 'x') : 'x'.repeat(len);
  const total = n * 1024 * 1024;
  const server = net.createServer((conn) => {
    conn.on('error', () => {});   // the client goes away mid-echo at the end
    conn.pipe(conn);
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      let sent = 0;
      let received = 0;
      client.on('data', (d) => {
        received += d.length;
        if (received >= total) {
          bench.end(n);
          client.destroy();
          server.close();
        }
      });
      const write = () => {
        while (sent < total) {
          sent += len;
          if (!client.write(chunk)) return;
        }
      };
      client.on('drain', write);
      bench.start();
      write();
    });
  });
}
