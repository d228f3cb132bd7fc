'use strict';
// SCHED_RR: the primary listens and accepts, then hands each connection to the next free
// worker that listens on the same key (the worker answers whether its server took it; if not,
// the connection goes to another).

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    this.handle = null;
    this.server = net.createServer(() => {
      throw new Error('the round-robin listener takes no connection itself');
    });
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({
        port,
        host: address,
        ipv6Only: Boolean(flags & 1),
        backlog,
      });
    } else {
      this.server.listen(address, backlog);  // a pipe's path
    }
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle.getsockname) {
        const out = {};
        this.handle.getsockname(out);
        send(null, { sockname: out }, null);
      } else {
        send(null, null, null);  // pipes have no sockname
      }
      this.handoff(worker);
    };
    if (this.server === null) return done();
    this.server.once('listening', done);
    this.server.once('error', (err) => send(err.errno, null));
  }

  // True when the last worker went and the handle closed.
  remove(worker) {
    const existed = this.all.delete(worker.id);
    if (!existed) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.handles) handle.close();
    this.handles = [];
    if (this.handle) this.handle.close();
    else if (this.server) this.server.close();
    this.handle = null;
    return true;
  }

  distribute(err, handle) {
    if (err) return;
    this.handles.push(handle);
    const first = this.free.values().next();
    if (first.done) return;
    const worker = first.value;
    this.free.delete(worker.id);
    this.handoff(worker);
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;  // the worker is gone
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);  // nothing waits: the worker is free
      return;
    }
    const message = { act: 'newconn', key: this.key };
    const sent = sendHelper(worker.process, message, handle, (reply) => {
      if (reply.accepted) handle.close();
      else this.distribute(0, handle);  // the worker's server closed meanwhile
      this.handoff(worker);
    });
    if (sent === false && !worker.process.connected) {
      this.handles.unshift(handle);
      this.all.delete(worker.id);
      this.free.delete(worker.id);
    }
  }
}

module.exports = RoundRobinHandle;
