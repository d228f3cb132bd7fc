'use strict';
// fs.Dir, fs.opendir and fs.opendirSync: a directory read a batch of entries at a time through
// the binding's DirHandle (src/fs.c), with callbacks, promises or async iteration.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { promisify } = require('internal/util');
const {
  decodeName,
  getDirentSync,
  getOptions,
  getValidatedPath,
  makeReq,
  uvError,
  wantsBytes,
} = require('internal/fs/utils');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirOperationQueue = Symbol('kDirOperationQueue');
const kDirReadImpl = Symbol('kDirReadImpl');
const kDirReadPromisified = Symbol('kDirReadPromisified');
const kDirClosePromisified = Symbol('kDirClosePromisified');

// A failed synchronous call; like Node's, without the path.
function check(result, syscall) {
  if (typeof result === 'number' && result < 0) {
    throw uvError(result, syscall, undefined, undefined, check);
  }
  return result;
}

// A Dir dropped while open: close its handle and say so, as Node does on garbage collection.
const gcRegistry = new FinalizationRegistry((handle) => {
  handle.close();
  process.emitWarning('Closing directory handle on garbage collection');
});

function lstatForDirent(full) {
  return binding.lstat(full, false);
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    // While an asynchronous read runs, later operations wait here.
    this[kDirOperationQueue] = null;
    this[kDirOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
    this[kDirReadPromisified] = promisify(this[kDirReadImpl]).bind(this, false);
    this[kDirClosePromisified] = promisify(this.close).bind(this);
    gcRegistry.register(this, handle, this);
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) return this[kDirReadPromisified]();
    validateFunction(callback, 'callback');
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this[kDirReadImpl](maybeSync, callback));
      return;
    }
    if (this[kDirBufferedEntries].length > 0) {
      let dirent;
      try {
        dirent = this.#nextBuffered();
      } catch (error) {
        return callback(error);
      }
      if (maybeSync) process.nextTick(callback, null, dirent);
      else callback(null, dirent);
      return;
    }
    this[kDirOperationQueue] = [];
    const { encoding, bufferSize } = this[kDirOptions];
    this[kDirHandle].read(wantsBytes(encoding), bufferSize, makeReq((err, result) => {
      process.nextTick(() => {
        const queue = this[kDirOperationQueue];
        this[kDirOperationQueue] = null;
        for (const op of queue) op();
      });
      if (err || result === null) return callback(err, result);
      let dirent;
      try {
        this.processReadResult(this[kDirPath], result);
        dirent = this.#nextBuffered();
      } catch (error) {
        return callback(error);
      }
      callback(null, dirent);
    }, 'scandir', this[kDirPath]));
  }

  // Entries come from the binding as [name, type, name, type, ...].
  processReadResult(path, result) {
    const { encoding } = this[kDirOptions];
    const bytes = wantsBytes(encoding);
    for (let i = 0; i < result.length; i += 2) {
      let name = result[i];
      if (bytes) name = decodeName(name, encoding);
      this[kDirBufferedEntries].push(getDirentSync(path, name, result[i + 1], lstatForDirent));
    }
  }

  // With { recursive: true }, a directory's entries join the buffer when it is returned.
  readSyncRecursive(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    const handle = check(binding.opendir(path), 'opendir');
    const { encoding, bufferSize } = this[kDirOptions];
    try {
      for (;;) {
        const result = check(handle.read(wantsBytes(encoding), bufferSize), 'scandir');
        if (result === null) break;
        this.processReadResult(path, result);
      }
    } finally {
      handle.close();
    }
  }

  #nextBuffered() {
    const dirent = this[kDirBufferedEntries].shift();
    if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kDirBufferedEntries].length > 0) return this.#nextBuffered();
    const { encoding, bufferSize } = this[kDirOptions];
    const result = check(this[kDirHandle].read(wantsBytes(encoding), bufferSize), 'scandir');
    if (result === null) return null;
    this.processReadResult(this[kDirPath], result);
    return this.#nextBuffered();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return this[kDirClosePromisified]();
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    gcRegistry.unregister(this);
    this[kDirHandle].close(makeReq(callback, 'closedir', this[kDirPath]));
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    gcRegistry.unregister(this);
    check(this[kDirHandle].close(), 'closedir');
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this[kDirReadPromisified]();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      await this[kDirClosePromisified]();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, makeReq((err, handle) => {
    if (err) return callback(err);
    let dir;
    try {
      dir = new Dir(handle, path, options);
    } catch (error) {
      return callback(error);
    }
    callback(null, dir);
  }, 'opendir', path));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = check(binding.opendir(path), 'opendir');
  return new Dir(handle, path, options);
}

module.exports = { Dir, opendir, opendirSync };
