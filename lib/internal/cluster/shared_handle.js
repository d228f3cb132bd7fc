'use strict';
// SCHED_NONE: the primary binds one handle and sends it to every worker listening on the same
// key; they all listen on it and the kernel spreads the connections.

const net = require('net');

class SharedHandle {
  constructor(key, address, { port, addressType, fd, flags }) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    const rval = net._createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') this.errno = rval;
    else this.handle = rval;
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    send(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.has(worker.id)) return false;
    this.workers.delete(worker.id);
    if (this.workers.size !== 0) return false;
    if (this.handle) this.handle.close();
    this.handle = null;
    return true;
  }
}

module.exports = SharedHandle;
