'use strict';
// HTTP server throughput under wrk on loopback, keep-alive: hello world, a 4 KiB body, a
// 64 KiB body streamed in 1 KiB chunks (chunked encoding), and a 1 MiB POST the handler
// reads. n is the seconds of load. Reports requests/sec; wrk's p99 latency goes to stderr.
const common = require('../common.js');
const http = require('http');
const { wrk } = require('./_wrk.js');

const bench = common.createBenchmark(main, {
  type: ['hello', '4k', 'chunked64k', 'post1m'],
  connections: [50],
  n: [5],
}, { test: { connections: 4 } });

const body4k = 'x'.repeat(4096);
const chunk1k = Buffer.alloc(1024, 'y');

function main({ type, connections, n }) {
  let handler;
  switch (type) {
    case 'hello':
      handler = (req, res) => res.end('Hello World');
      break;
    case '4k':
      handler = (req, res) => res.end(body4k);
      break;
    case 'chunked64k':
      handler = (req, res) => {
        for (let i = 0; i < 63; i++) res.write(chunk1k);
        res.end(chunk1k);
      };
      break;
    case 'post1m':
      handler = (req, res) => {
        let n = 0;
        req.on('data', (d) => n += d.length);
        req.on('end', () => res.end(String(n)));
      };
      break;
  }
  const server = http.createServer(handler);
  server.listen(0, '127.0.0.1', () => {
    wrk({ port: server.address().port, connections, duration: n,
          body: type === 'post1m' ? 1024 * 1024 : 0 }, (err, result) => {
      server.close();
      server.closeAllConnections();
      if (err) throw err;
      if (result.errors) console.error(result.errors);
      console.error(`http/simple.js type="${type}": p99 latency ${result.p99.toFixed(3)} ms`);
      bench.report(result.rps, 'ops/sec');
    });
  });
}
