'use strict';
// Datagrams sent per second from one socket, `chunks` per turn of the loop, each with a
// callback: the cost of send() (its argument forms, the lookup of the address literal, the
// write) when the kernel takes every datagram at once. type=list sends each as an array of
// two buffers (one datagram, gathered).
const common = require('../common.js');
const dgram = require('dgram');

const bench = common.createBenchmark(main, {
  len: [64, 1024],
  type: ['buffer', 'list'],
  chunks: [10],
  n: [200000],
});

function main({ len, type, chunks, n }) {
  const half = Buffer.alloc(len / 2, 'h');
  const message = type === 'list' ? [half, half] : Buffer.alloc(len, 'b');
  const receiver = dgram.createSocket('udp4');
  receiver.on('message', () => {});
  receiver.bind(0, '127.0.0.1', () => {
    const port = receiver.address().port;
    const sender = dgram.createSocket('udp4');
    let sent = 0;
    let done = 0;
    const onSent = (err) => {
      if (err) throw err;
      if (++done === n) {
        bench.end(n);
        sender.close();
        receiver.close();
      }
    };
    const burst = () => {
      for (let i = 0; i < chunks && sent < n; i++, sent++) {
        sender.send(message, port, '127.0.0.1', onSent);
      }
      if (sent < n) setImmediate(burst);
    };
    sender.bind(0, '127.0.0.1', () => {
      bench.start();
      burst();
    });
  });
}
