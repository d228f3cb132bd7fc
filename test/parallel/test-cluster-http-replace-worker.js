'use strict';
// HTTP servers in two cluster workers share one port (round-robin through the primary). A
// worker killed between requests is replaced by the primary, and no request fails: the
// remaining worker serves until the new one listens, then both serve.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  http.createServer((req, res) => res.end(`${process.pid}`)).listen(0, '127.0.0.1');
  return;
}

function get(port, cb) {
  http.get({ port, host: '127.0.0.1', agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    let body = '';
    res.setEncoding('utf8').on('data', (d) => body += d).on('end', () => cb(Number(body)));
  }));
}

let port;
let phase = 'start';
const pids = new Set();
cluster.on('listening', common.mustCall((worker, address) => {
  if (port === undefined) port = address.port;
  assert.strictEqual(address.port, port);
  if (phase === 'start' && Object.keys(cluster.workers).length === 2 && ++started === 2) {
    phase = 'kill';
    run(6, () => {
      const victim = cluster.workers[1];
      victim.process.kill('SIGKILL');
    });
  } else if (phase === 'replaced') {
    run(6, () => {
      // the replacement served too
      assert.ok(pids.has(replacement.process.pid));
      cluster.disconnect(common.mustCall());
    });
  }
}, 3));
let started = 0;
let replacement;

cluster.on('exit', common.mustCall((worker, code, signal) => {
  if (worker.id !== 1) {
    // the end: disconnect() lets the others exit
    assert.strictEqual(code, 0);
    return;
  }
  assert.strictEqual(signal, 'SIGKILL');
  // requests while only one worker is left
  run(4, () => {
    phase = 'replaced';
    replacement = cluster.fork();
  });
}, 3));

function run(n, done) {
  get(port, (pid) => {
    pids.add(pid);
    if (--n === 0) done();
    else run(n, done);
  });
}

cluster.fork();
cluster.fork();
