'use strict';
// A worker killed by a signal: 'exit' with the signal and exitedAfterDisconnect false, its
// share of the server goes, and a replacement forked by the primary serves the same port.
// worker.kill() signals the worker (SIGTERM by default) without disconnecting it first.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  net.createServer((socket) => socket.end(`${process.pid}`)).listen(0, '127.0.0.1');
  return;
}

function fetch(port, cb) {
  let data = '';
  net.connect(port, '127.0.0.1').setEncoding('utf8').on('data', (d) => data += d)
    .on('end', common.mustCall(() => cb(Number(data))));
}

const first = cluster.fork();
first.once('listening', common.mustCall(({ port }) => {
  fetch(port, common.mustCall((pid) => {
    assert.strictEqual(pid, first.process.pid);
    first.process.kill('SIGKILL');
  }));
  first.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(first.exitedAfterDisconnect, false);
    assert.strictEqual(cluster.workers[first.id], undefined);
    const second = cluster.fork();
    second.once('listening', common.mustCall((address) => {
      // the old handle went with the last worker: a new port, served by the new worker
      fetch(address.port, common.mustCall((pid) => {
        assert.strictEqual(pid, second.process.pid);
        second.kill();
      }));
    }));
    second.on('exit', common.mustCall((code, signal) => {
      assert.strictEqual(second.exitedAfterDisconnect, false);
      assert.strictEqual(code, null);
      assert.strictEqual(signal, 'SIGTERM');
    }));
  }));
}));
