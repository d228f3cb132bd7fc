'use strict';
// File watching: fs.watch's FSWatcher over inotify (internalBinding('fs_event_wrap').FSEvent,
// src/fs_event_wrap.c), a recursive FSWatcher made of one inotify watcher per directory
// (inotify cannot watch a tree, and Node does the same on Linux), fs.watchFile's StatWatcher
// over stat polling, and the fs/promises watch() async iterator.

const { FSEvent, StatWatcher: StatWatcherHandle } = internalBinding('fs_event_wrap');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  uvException,
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { decodeName, getStatsFromBinding, getValidatedPath, wantsBytes } =
  require('internal/fs/utils');

const kStatFields = 18;

// Node's error for a watch that could not start or that failed.
function watchError(errno, filename) {
  const err = uvException({
    errno,
    syscall: 'watch',
    path: filename,
    message: errno === -28 /* UV_ENOSPC */ ? 'inotify limit reached' : undefined,
  });
  // Node's key order for this error: errno, syscall, code, path, filename
  const { code, path } = err;
  delete err.code;
  delete err.path;
  err.code = code;
  err.path = path;
  err.filename = filename;
  return err;
}

function nameOf(filename, encoding) {
  if (filename === null || typeof filename === 'string') return filename;
  return decodeName(filename, encoding);
}

const kEncoding = Symbol('kEncoding');

// --- FSWatcher --------------------------------------------------------------------------------

function emitCloseNT(watcher) {
  watcher.emit('close');
}

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = new FSEvent();
  this._handle.onchange = (status, eventType, filename) => {
    if (status < 0) {
      // failed: the handle goes without a 'close' event, as in Node
      if (this._handle !== null) {
        this._handle.close();
        this._handle = null;
      }
      this.emit('error', watchError(status, filename));
      return;
    }
    this.emit('change', eventType, nameOf(filename, this[kEncoding]));
  };
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

const kFSWatchStart = Symbol('kFSWatchStart');

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
  if (this._handle === null) return;
  filename = getValidatedPath(filename, 'filename');
  this[kEncoding] = encoding;
  // names in another encoding than UTF-8 come as bytes and are decoded here
  const err = this._handle.start(filename, persistent, recursive,
                                 wantsBytes(encoding) ? 'buffer' : 'utf8');
  if (err) {
    this._handle.close();
    throw watchError(err, filename);
  }
};

// Kept by Node for old callers: a watcher starts in fs.watch().
FSWatcher.prototype.start = () => {};

FSWatcher.prototype.close = function() {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitCloseNT, this);
};

FSWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

// --- recursive FSWatcher ----------------------------------------------------------------------

let fs;
function lazyFs() {
  fs ??= require('fs');
  return fs;
}

// Every file and directory under root is known; an event on a name not known (or known and
// gone) is a 'rename', others are 'change'. A new directory gets a watcher of its own.
class RecursiveFSWatcher extends EventEmitter {
  #options;
  #root = null;
  #closed = false;
  #known = new Set();
  #watchers = new Map();

  constructor(options) {
    super();
    this.#options = options;
  }

  [kFSWatchStart](filename) {
    this.#root = pathModule.resolve(filename);
    const { lstatSync } = lazyFs();
    let stats;
    try {
      stats = lstatSync(this.#root);
    } catch (err) {
      throw watchError(err.errno, filename);
    }
    if (stats.isDirectory()) {
      this.#watchTree(this.#root);
    } else {
      this.#watchOne(this.#root, (eventType) => {
        this.emit('change', eventType, pathModule.basename(this.#root));
      });
    }
  }

  #watchOne(path, onchange) {
    const handle = new FSEvent();
    handle.onchange = (status, eventType, name) => {
      if (this.#closed) return;
      if (status < 0) {
        this.emit('error', watchError(status, path));
        return;
      }
      onchange(eventType, name);
    };
    const err = handle.start(path, this.#options.persistent !== false, false, 'utf8');
    if (err) {
      handle.close();
      // gone between the listing and the watch: not an error for the tree
      if (path !== this.#root) return;
      throw watchError(err, path);
    }
    this.#watchers.set(path, handle);
  }

  #watchTree(dir) {
    this.#known.add(dir);
    this.#watchOne(dir, (eventType, name) => this.#onEvent(dir, eventType, name));
    let entries;
    try {
      entries = lazyFs().readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = pathModule.join(dir, entry.name);
      if (entry.isDirectory()) this.#watchTree(full);
      else this.#known.add(full);
    }
  }

  #forget(path) {
    const prefix = path + pathModule.sep;
    for (const known of this.#known) {
      if (known === path || known.startsWith(prefix)) this.#known.delete(known);
    }
    for (const [dir, handle] of this.#watchers) {
      if (dir === path || dir.startsWith(prefix)) {
        handle.close();
        this.#watchers.delete(dir);
      }
    }
  }

  #onEvent(dir, eventType, name) {
    if (name === null) return;
    const full = pathModule.join(dir, name);
    // the directory's own watcher reports it gone
    if (full === dir) return;
    let stats;
    try {
      stats = lazyFs().lstatSync(full);
    } catch {
      stats = null;
    }
    if (!this.#known.has(full)) {
      if (stats === null) return;
      if (stats.isDirectory()) this.#watchTree(full);
      else this.#known.add(full);
      eventType = 'rename';
    } else if (stats === null) {
      this.#forget(full);
      eventType = 'rename';
    }
    this.emit('change', eventType, pathModule.relative(this.#root, full));
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#watchers.values()) handle.close();
    this.#watchers.clear();
    this.#known.clear();
    process.nextTick(emitCloseNT, this);
  }

  ref() {
    for (const handle of this.#watchers.values()) handle.ref();
  }

  unref() {
    for (const handle of this.#watchers.values()) handle.unref();
  }
}
Object.defineProperty(RecursiveFSWatcher, 'name', { __proto__: null, value: 'FSWatcher' });

// fs.watch(filename[, options][, listener])
function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  const { getOptions } = require('internal/fs/utils');
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.recursive, 'options.recursive');
  const path = getValidatedPath(filename);
  let watcher;
  if (options.recursive) {
    watcher = new RecursiveFSWatcher(options);
    watcher[kFSWatchStart](path);
  } else {
    watcher = new FSWatcher();
    watcher[kFSWatchStart](path, options.persistent, false, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onabort = () => watcher.close();
      signal.addEventListener('abort', onabort, { __proto__: null, once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onabort));
    }
  }
  return watcher;
}

// --- StatWatcher ------------------------------------------------------------------------------

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefs = Symbol('kRefs');
const kStart = Symbol('kStart');

function emitStop(watcher) {
  watcher.emit('stop');
}

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  // watchFile calls sharing this watcher; unref() by each lets the process go
  this[kRefs] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

function onStatChange(status, stats) {
  const watcher = this.owner;
  // still failing with EPERM and nothing changed: not news (as in Node)
  if (watcher[kOldStatus] === -1 && status === -1 && stats[2] === stats[2 + kStatFields]) return;
  watcher[kOldStatus] = status;
  watcher.emit('change', getStatsFromBinding(stats), getStatsFromBinding(stats, kStatFields));
}

StatWatcher.prototype[kStart] = function(filename, persistent, interval) {
  if (this._handle !== null) return;
  this._handle = new StatWatcherHandle(this[kUseBigint]);
  this._handle.owner = this;
  this._handle.onchange = onStatChange;
  if (!persistent) this._handle.unref();
  this[kOldStatus] = -1;
  filename = getValidatedPath(filename, 'filename');
  validateUint32(interval, 'interval');
  const err = this._handle.start(filename, interval);
  if (err) throw watchError(err, filename);
};

// Kept by Node for old callers: a watcher starts in fs.watchFile().
StatWatcher.prototype.start = () => {};

StatWatcher.prototype.stop = function() {
  if (this._handle === null) return;
  process.nextTick(emitStop, this);
  this._handle.close();
  this._handle = null;
};

StatWatcher.prototype.ref = function() {
  if (this._handle !== null && this[kRefs]++ === 0) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function() {
  if (this._handle !== null && this[kRefs] > 0 && --this[kRefs] === 0) this._handle.unref();
  return this;
};

// Watchers by absolute path: watchFile calls on one file share one.
const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  const { validateFunction } = require('internal/validators');
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher[kStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  } else if (watcher[kRefs] > 0) {
    watcher[kRefs]++;
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

// --- fs/promises watch ------------------------------------------------------------------------

// As in Node 20, one event waits for the consumer; others arriving meanwhile are dropped.
async function* watchAsync(filename, options = kEmptyObject) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !require('buffer').Buffer.isEncoding(encoding)) {
    // Node 20 names the two the other way round
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  let settle;
  let pending;
  const next = () => {
    pending = new Promise((resolve, reject) => {
      settle = { resolve, reject };
    });
  };
  next();
  let watcher;
  if (recursive) {
    watcher = new RecursiveFSWatcher({ persistent });
  } else {
    watcher = new FSWatcher();
  }
  watcher.on('change', (eventType, name) => settle.resolve({ eventType, filename: name }));
  watcher.on('error', (err) => settle.reject(err));
  const onabort = () => {
    watcher.close();
    settle.reject(new AbortError(undefined, { cause: signal.reason }));
  };
  try {
    signal?.addEventListener('abort', onabort, { __proto__: null, once: true });
    if (recursive) watcher[kFSWatchStart](path);
    else watcher[kFSWatchStart](path, persistent, false, encoding);
    while (!signal?.aborted) {
      yield await pending;
      next();
    }
    throw new AbortError(undefined, { cause: signal.reason });
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onabort);
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  kFSWatchStart,
  unwatchFile,
  watch,
  watchAsync,
  watchFile,
};
