'use strict';
// Memory per idle connection: n connections to one server in this process, both ends open
// and idle; reports the growth of RSS after a full GC (run with --expose-gc) divided by the
// connections, in KiB. Lower is better.
const common = require('../common.js');
const net = require('net');

const bench = common.createBenchmark(main, {
  n: [8000],
}, { flags: ['--expose-gc'] });

function rss() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
  return process.memoryUsage().rss;
}

function main({ n }) {
  const clients = [];
  let accepted = 0;
  let connected = 0;
  let before;
  const server = net.createServer((conn) => {
    conn.on('data', () => {});
    accepted++;
    check();
  });
  function check() {
    if (accepted !== n || connected !== n) return;
    setTimeout(() => {
      const perConnection = (rss() - before) / n / 1024;
      for (const c of clients) c.destroy();
      server.close();
      bench.report(perConnection, 'KiB');
    }, 100);
  }
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    before = rss();
    let started = 0;
    // in batches, so that the accept backlog never overflows
    const more = () => {
      for (const end = Math.min(started + 500, n); started < end; started++) {
        const c = net.connect(port, '127.0.0.1', () => {
          connected++;
          if (connected === started) more();
          check();
        });
        c.on('data', () => {});
        clients.push(c);
      }
    };
    more();
  });
}
