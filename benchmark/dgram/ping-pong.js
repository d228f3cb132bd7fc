'use strict';
// Round trips of one datagram between two UDP sockets on the loopback: the cost of a send, a
// receive and the 'message' event with its rinfo. One datagram in flight: none is dropped.
const common = require('../common.js');
const dgram = require('dgram');

const bench = common.createBenchmark(main, {
  len: [64, 1024],
  n: [50000],
});

function main({ len, n }) {
  const message = Buffer.alloc(len, 'p');
  const server = dgram.createSocket('udp4');
  server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
  server.bind(0, '127.0.0.1', () => {
    const client = dgram.createSocket('udp4');
    client.connect(server.address().port, '127.0.0.1', () => {
      let rounds = 0;
      client.on('message', () => {
        if (++rounds === n) {
          bench.end(n);
          client.close();
          server.close();
          return;
        }
        client.send(message);
      });
      bench.start();
      client.send(message);
    });
  });
}
