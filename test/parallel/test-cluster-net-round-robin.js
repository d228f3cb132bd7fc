'use strict';
// SCHED_RR (the default): the primary accepts and hands connections to the workers in turn.
// Two workers listening on port 0 share one port, both serve, and each connection is served
// once.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  net.createServer((socket) => socket.end(`${cluster.worker.id}`)).listen(0);
  return;
}

assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
const ports = new Set();
let listening = 0;
cluster.on('listening', common.mustCall((worker, address) => {
  ports.add(address.port);
  if (++listening < 2) return;
  assert.strictEqual(ports.size, 1);
  const [port] = ports;
  const served = { 1: 0, 2: 0 };
  let left = 8;
  const next = () => {
    let data = '';
    net.connect(port, '127.0.0.1').setEncoding('utf8').on('data', (d) => data += d)
      .on('end', common.mustCall(() => {
        served[data]++;
        if (--left > 0) return next();
        assert.strictEqual(served[1] + served[2], 8);
        assert.ok(served[1] > 0 && served[2] > 0, JSON.stringify(served));
        cluster.disconnect(common.mustCall());
      }));
  };
  next();
}, 2));
cluster.fork();
cluster.fork();
cluster.on('exit', common.mustCall((worker, code) => assert.strictEqual(code, 0), 2));
