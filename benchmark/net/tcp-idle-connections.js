'use strict';
// Memory per idle connection: `conns` connections to one server in this process, both ends
// open and idle; reports the growth of RSS (after a full GC where the runtime allows it)
// divided by the connections, in KiB. Lower is better.
const common = require('../common.js');
const net = require('net');

const bench = common.createBenchmark(main, {
  conns: [8000],
}, { test: { conns: 10 } });

function rss() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
  return process.memoryUsage().rss;
}

function main({ conns }) {
  const server = net.createServer((conn) => {
    conn.on('data', () => {});
    if (++accepted === conns) check();
  });
  const clients = [];
  let accepted = 0;
  let connected = 0;
  let before;
  function check() {
    if (accepted !== conns || connected !== conns) return;
    setTimeout(() => {
      const perConn = (rss() - before) / conns / 1024;
      for (const c of clients) c.destroy();
      server.close();
      bench.report(perConn, 'KiB/conn');
    }, 100);
  }
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    before = rss();
    let i = 0;
    const more = () => {
      // in batches, so the accept backlog never overflows
      for (const end = Math.min(i + 500, conns); i < end; i++) {
        const c = net.connect(port, '127.0.0.1', () => {
          if (++connected === conns) check();
          else if (connected === i) more();
        });
        c.on('data', () => {});
        clients.push(c);
      }
    };
    more();
  });
}
