'use strict';
// The hello-world server's RSS after `n` requests from wrk, in percent of its RSS after n/10
// (100 means no growth; a leak shows as more).
const common = require('../common.js');
const http = require('http');
const { wrk } = require('./_wrk.js');

const bench = common.createBenchmark(main, {
  n: [1000000],
  connections: [50],
}, { test: { n: 2000, connections: 4 } });

function main({ n, connections }) {
  let count = 0;
  let rssAtTenth = 0;
  let child;
  const server = http.createServer((req, res) => {
    res.end('Hello World');
    count++;
    if (count === n / 10) {
      rssAtTenth = process.memoryUsage.rss();
    } else if (count === n) {
      const rss = process.memoryUsage.rss();
      child.kill();
      server.close();
      server.closeAllConnections();
      bench.report(100 * rss / rssAtTenth, '% of rss at n/10');
    }
  });
  server.listen(0, '127.0.0.1', () => {
    child = wrk({ port: server.address().port, connections, duration: 3600 }, () => {});
  });
}
