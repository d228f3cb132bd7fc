'use strict';
// cluster: the primary and worker flags, the life of a worker as the primary's events show it
// (fork, online, listening with its address, message, disconnect, exit), worker.send() and
// process.send() both ways, cluster.workers, and disconnect() ending everything.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.isMaster, false);
  assert.strictEqual(cluster.worker.id, 1);
  assert.strictEqual(cluster.worker.process, process);
  assert.strictEqual(cluster.worker.isConnected(), true);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  assert.strictEqual(process.env.FROM_FORK, 'yes');
  cluster.worker.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, { hello: 'worker' });
    process.send({ hello: 'primary' });
  }));
  net.createServer().listen(0, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.strictEqual(cluster.SCHED_NONE, 1);
assert.strictEqual(cluster.SCHED_RR, 2);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
assert.deepStrictEqual(cluster.workers, {});
assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);

const events = [];
cluster.on('setup', common.mustCall((settings) => {
  events.push('setup');
  assert.strictEqual(settings.exec, __filename);
  assert.strictEqual(settings.silent, false);
}));
cluster.on('fork', common.mustCall((w) => events.push(`fork ${w.id}`)));
cluster.on('online', common.mustCall((w) => events.push(`online ${w.id}`)));
cluster.on('listening', common.mustCall((w, address) => {
  events.push(`listening ${w.id}`);
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.addressType, 4);
  assert.strictEqual(typeof address.port, 'number');
  assert.ok(address.port > 0);
  w.send({ hello: 'worker' });
}));
cluster.on('message', common.mustCall((w, m) => {
  assert.strictEqual(w, worker);
  assert.deepStrictEqual(m, { hello: 'primary' });
  cluster.disconnect(common.mustCall(() => {
    events.push('all disconnected');
    assert.deepStrictEqual(cluster.workers, {});
  }));
}));
cluster.on('disconnect', common.mustCall((w) => {
  events.push(`disconnect ${w.id}`);
  assert.strictEqual(w.exitedAfterDisconnect, true);
}));
cluster.on('exit', common.mustCall((w, code, signal) => {
  events.push(`exit ${w.id}`);
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(w.state, 'dead');
  assert.strictEqual(w.isDead(), true);
  assert.strictEqual(w.exitedAfterDisconnect, true);
}));

const worker = cluster.fork({ FROM_FORK: 'yes' });
assert.strictEqual(worker.id, 1);
assert.strictEqual(cluster.workers[1], worker);
assert.strictEqual(worker.isDead(), false);
assert.ok(worker.process.pid > 0);
worker.on('online', common.mustCall());
worker.on('listening', common.mustCall());
worker.on('exit', common.mustCall());

process.on('exit', () => {
  assert.deepStrictEqual(events.slice(0, 4), ['setup', 'fork 1', 'online 1', 'listening 1']);
  assert.deepStrictEqual(events.slice(4).sort(),
                         ['all disconnected', 'disconnect 1', 'exit 1']);
});
