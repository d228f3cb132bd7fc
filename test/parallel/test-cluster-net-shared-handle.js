'use strict';
// SCHED_NONE: the primary binds one handle and every worker listens on it; connections to the
// one port are all served. A server listening with exclusive: true binds its own port.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  net.createServer((socket) => socket.end(`${cluster.worker.id}`)).listen(0, '127.0.0.1');
  const own = net.createServer().listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
    process.send({ exclusivePort: own.address().port });
    own.close();
  });
  return;
}

cluster.schedulingPolicy = cluster.SCHED_NONE;
const ports = new Set();
const exclusivePorts = new Set();
let pending = 4;
// An exclusive server is the worker's own business: no 'listening' in the primary for it.
cluster.on('message', common.mustCall((worker, m) => {
  exclusivePorts.add(m.exclusivePort);
  if (--pending === 0) check();
}, 2));
cluster.on('listening', common.mustCall((worker, address) => {
  ports.add(address.port);
  if (--pending === 0) check();
}, 2));

function check() {
  assert.strictEqual(ports.size, 1);
  const [port] = ports;
  assert.ok(!exclusivePorts.has(port));
  let left = 6;
  const next = () => {
    let data = '';
    net.connect(port, '127.0.0.1').setEncoding('utf8').on('data', (d) => data += d)
      .on('end', common.mustCall(() => {
        assert.ok(data === '1' || data === '2', data);
        if (--left > 0) return next();
        cluster.disconnect(common.mustCall());
      }));
  };
  next();
}
cluster.fork();
cluster.fork();
