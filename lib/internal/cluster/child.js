'use strict';
// cluster in a worker process: the worker announces itself, and its servers get their
// handles from the primary (lib/net.js asks through _getServer): a round-robin stand-in that
// receives the connections the primary accepted, or the shared listening handle.

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const cluster = new EventEmitter();
const handles = new Map();
const indexes = new Map();
const noop = () => {};

module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;
  require('internal/cluster/state').workerCluster = cluster;

  // Without a disconnect() on either side first, the primary is gone: the worker goes too.
  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });

  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') disconnect(worker, true);
  }
};

// obj: the net.Server; options: {address, port, addressType, fd, flags, backlog};
// cb(errno, handle).
cluster._getServer = function(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string') address = path.resolve(address);
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);

  const message = { act: 'queryServer', index, data: null, ...options, address };
  if (obj._getServerData) message.data = obj._getServerData();

  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    if (handle) shared(reply, { handle, indexesKey, index }, cb);
    else rr(reply, { indexesKey, index }, cb);
  });

  obj.once('listening', () => {
    // closed meanwhile
    if (!indexes.has(indexesKey)) return;
    cluster.worker.state = 'listening';
    const addr = obj.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// SCHED_NONE: the primary's bound handle itself; closing it tells the primary.
function shared(message, { handle, indexesKey, index }, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return close.apply(handle, args);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// SCHED_RR: a stand-in handle. It listens at once (the primary does), keeps the worker alive
// while ref'd (a timer, as there is no real handle), and gets connections as 'newconn'.
function rr(message, { indexesKey, index }, cb) {
  if (message.errno) return cb(message.errno, null);
  let key = message.key;
  let keepAlive = null;

  const handle = {
    close() {
      if (key === undefined) return;
      handle.unref();
      // if this message is lost with the worker, the primary drops the handle at its exit
      send({ act: 'close', key });
      handles.delete(key);
      removeIndexesKey(indexesKey, index);
      key = undefined;
    },
    listen() { return 0; },
    ref() {
      if (!keepAlive) keepAlive = setInterval(noop, 2 ** 31 - 1);
    },
    unref() {
      if (keepAlive) {
        clearInterval(keepAlive);
        keepAlive = null;
      }
    },
  };
  // TCP only: pipes have no address
  if (message.sockname) {
    handle.getsockname = (out) => {
      if (key) Object.assign(out, message.sockname);
      return 0;
    };
  }
  handle.ref();
  handles.set(key, handle);
  cb(0, handle);
}

// A connection the primary accepted: to the server listening on message.key, if it still is.
function onconnection(message, handle) {
  const key = message.key;
  const server = handles.get(key);
  const accepted = server !== undefined;
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Closes every server, then disconnects (telling the primary first, unless it asked).
function disconnect(worker, primaryInitiated) {
  worker.exitedAfterDisconnect = true;
  let waiting = 1;
  const done = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  for (const handle of handles.values()) {
    waiting++;
    const owner = handle[ownerSymbol()];
    if (owner) owner.close(done);
    else {
      handle.close();
      done();
    }
  }
  handles.clear();
  done();
}

let owner;
function ownerSymbol() {
  if (owner === undefined) ({ owner_symbol: owner } = require('internal/stream_base_commons'));
  return owner;
}

Worker.prototype.disconnect = function() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnect(this, false);
  }
  return this;
};

Worker.prototype.destroy = function() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};
