'use strict';
// One TCP connection on loopback for `dur` seconds: the client writes `len`-byte chunks
// (Buffers or strings) as fast as back-pressure allows, the server echoes them back (pipe),
// the client counts what returns. Rate: chunks echoed per second.
const common = require('../common.js');
const net = require('net');

const bench = common.createBenchmark(main, {
  len: [65536, 1024],
  type: ['buffer', 'utf8'],
  dur: [2],
}, { test: { dur: 0.05 } });

function main({ len, type, dur }) {
  const chunk = type === 'buffer' ? Buffer.alloc(len, 'x') : 'x'.repeat(len);
  const server = net.createServer((conn) => {
    conn.on('error', () => {});   // the client goes away mid-echo at the end
    conn.pipe(conn);
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      let received = 0;
      let running = true;
      client.on('data', (d) => {
        received += d.length;
      });
      const write = () => {
        while (running && client.write(chunk));
      };
      client.on('drain', write);
      bench.start();
      write();
      setTimeout(() => {
        running = false;
        bench.end(received / len);
        client.destroy();
        server.close();
      }, dur * 1000);
    });
  });
}
