'use strict';
// How much the hello-world server's RSS grows (KiB) from its n/10th request to its nth, under
// wrk (0 or less: no growth; a leak shows as more).
const common = require('../common.js');
const http = require('http');
const { wrk } = require('./_wrk.js');

const bench = common.createBenchmark(main, {
  n: [1000000],
  connections: [50],
}, { test: { connections: 4 } });

function main({ n, connections }) {
  let count = 0;
  let rssAtTenth = 0;
  let child;
  const server = http.createServer((req, res) => {
    res.end('Hello World');
    count++;
    if (count === Math.ceil(n / 10)) rssAtTenth = process.memoryUsage.rss();
    if (count === n) {
      const rss = process.memoryUsage.rss();
      child.kill();
      server.close();
      server.closeAllConnections();
      console.error(`http/rss.js: ${(100 * rss / rssAtTenth).toFixed(1)}% of the RSS at n/10`);
      bench.report((rss - rssAtTenth) / 1024, 'KiB');
    }
  });
  server.listen(0, '127.0.0.1', () => {
    child = wrk({ port: server.address().port, connections, duration: 3600 }, () => {});
  });
}
