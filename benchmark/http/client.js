'use strict';
// Our http client against a server in the same process: n keep-alive GETs, `concurrency`
// at a time, through one Agent (keepAlive, maxSockets = concurrency).
const common = require('../common.js');
const http = require('http');

const bench = common.createBenchmark(main, {
  concurrency: [1, 10],
  n: [10000],
});

function main({ concurrency, n }) {
  const server = http.createServer((req, res) => res.end('Hello World'));
  server.listen(0, '127.0.0.1', () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const options = { host: '127.0.0.1', port: server.address().port, path: '/', agent };
    let started = 0;
    let done = 0;
    function one() {
      started++;
      http.get(options, (res) => {
        res.resume();
        res.on('end', () => {
          if (++done === n) {
            bench.end(n);
            agent.destroy();
            server.close();
          } else if (started < n) {
            one();
          }
        });
      });
    }
    bench.start();
    for (let i = 0; i < concurrency && i < n; i++) one();
  });
}
