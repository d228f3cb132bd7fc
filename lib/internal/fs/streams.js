'use strict';
// fs.ReadStream and fs.WriteStream: a Readable and a Writable over a file descriptor, with the
// file opened in _construct and closed in _destroy. The calls go through `options.fs` (fs by
// default) or, for a FileHandle given as `fd`, through the handle's promise methods.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateInteger, validateBoolean } = require('internal/validators');
const { deprecate, kEmptyObject } = require('internal/util');
const {
  copyObject,
  getOptions,
  getValidatedFd,
  lazyBuffer,
  toPathIfFileURL,
  validatePath,
} = require('internal/fs/utils');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { errorOrDestroy } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fs;
function lazyFs() {
  fs ??= require('fs');
  return fs;
}

let promisesModule;
function lazyPromises() {
  promisesModule ??= require('internal/fs/promises');
  return promisesModule;
}

// The fs-like calls a stream makes on a FileHandle: its own promise methods, reported
// through callbacks. The stream holds a reference on the handle, dropped when it closes.
function fileHandleOperations(handle) {
  const { kUnref } = lazyPromises();
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, callback) {
      handle[kUnref]();
      handle.close().then(() => callback(), callback);
    },
    read(fd, buffer, offset, length, position, callback) {
      handle.read(buffer, offset, length, position).then(
        (r) => callback(null, r.bytesRead, r.buffer),
        (err) => callback(err, 0, buffer));
    },
    write(fd, buffer, offset, length, position, callback) {
      handle.write(buffer, offset, length, position).then(
        (r) => callback(null, r.bytesWritten, r.buffer),
        (err) => callback(err, 0, buffer));
    },
    writev(fd, buffers, position, callback) {
      handle.writev(buffers, position).then(
        (r) => callback(null, r.bytesWritten, r.buffers),
        (err) => callback(err, 0, buffers));
    },
    fsync(fd, callback) {
      handle.sync().then(() => callback(), callback);
    },
  };
}

// The descriptor of options.fd: a number used as is, or a FileHandle whose calls the stream
// then makes (and whose 'close' closes the stream).
function importFd(stream, options) {
  const fd = options.fd;
  if (typeof fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return fd;
  }
  if (fd !== null && typeof fd === 'object' && fd instanceof lazyPromises().FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = fileHandleOperations(fd);
    fd[lazyPromises().kRef]();
    fd.on('close', () => stream.close());
    return fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
}

// The options and descriptor shared by both classes; `calls` lists the fs functions the
// stream needs.
function setUpFile(stream, path, options, calls) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || lazyFs();
    validateFunction(stream[kFs].open, 'options.fs.open');
    path = toPathIfFileURL(path);
    validatePath(path);
    stream.path = path;
  } else {
    stream.fd = getValidatedFd(importFd(stream, options));
  }
  for (const name of calls) validateFunction(stream[kFs][name], `options.fs.${name}`);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

// _construct of both classes: open the file unless a descriptor was given. A subclass that
// replaced open() (an old pattern) opens it itself and says so with 'open' or 'error'.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openReadFs && stream.open !== openWriteFs) {
    const emit = stream.emit;
    stream.emit = function(event, ...args) {
      if (event === 'open') {
        this.emit = emit;
        callback();
        return emit.call(this, event, ...args);
      }
      if (event === 'error') {
        this.emit = emit;
        callback(args[0]);
        return false;
      }
      return emit.call(this, event, ...args);
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// Closes the descriptor (after an fsync when the stream was made with `flush`). As in Node,
// descriptor 0 counts as none.
function closeStream(stream, err, callback) {
  if (!stream.fd) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  const close = (closeErr) => {
    stream[kFs].close(fd, (er) => callback(er || closeErr || err));
  };
  if (stream.flush) {
    stream[kFs].fsync(fd, close);
  } else {
    close();
  }
}

// _destroy of both classes: wait for the read or write in flight, then close.
function destroy(err, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, callback));
  } else {
    closeStream(this, err, callback);
  }
}

const autoCloseProperty = {
  __proto__: null,
  configurable: true,
  enumerable: true,
};

// --- ReadStream -------------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  // a file reads best in large blocks
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setUpFile(this, path, options, ['read', 'close']);

  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  // last: it schedules the open
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  ...autoCloseProperty,
  get() {
    return this._readableState.autoDestroy;
  },
  set(value) {
    this._readableState.autoDestroy = value;
  },
});

const openReadFs = deprecate(function() {
  // the file is opened by _construct
}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = lazyBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos, (err, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    // destroyed meanwhile: _destroy waits for this to close the descriptor
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
      return;
    }
    if (bytesRead === 0) {
      this.push(null);
      return;
    }
    if (this.pos !== undefined) this.pos += bytesRead;
    this.bytesRead += bytesRead;
    if (bytesRead !== buf.length) {
      // a short read: keep only the bytes, not the whole block
      const exact = lazyBuffer().allocUnsafeSlow(bytesRead);
      buf.copy(exact, 0, 0, bytesRead);
      buf = exact;
    }
    this.push(buf);
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  configurable: true,
  get() {
    return this.fd === null;
  },
});

// --- WriteStream ------------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  // strings are written as bytes
  options.decodeStrings = true;

  const custom = options.fs;
  if (custom) {
    // either write or writev is enough; the other is then not used
    if (typeof custom.write !== 'function' && typeof custom.writev !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', custom.write);
    }
    if (custom.write != null) validateFunction(custom.write, 'options.fs.write');
    if (custom.writev != null) validateFunction(custom.writev, 'options.fs.writev');
  }
  setUpFile(this, path, options, ['close']);
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
    if (this.flush) validateFunction(this[kFs].fsync, 'options.fs.fsync');
  }
  // without fs.writev, chunks go one by one
  if (typeof this[kFs].writev !== 'function') this._writev = null;

  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  // last: it schedules the open
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  ...autoCloseProperty,
  get() {
    return this._writableState.autoDestroy;
  },
  set(value) {
    this._writableState.autoDestroy = value;
  },
});

const openWriteFs = deprecate(function() {
  // the file is opened by _construct
}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;

WriteStream.prototype._construct = construct;

// The end of a write: bytes counted unless the stream was destroyed meanwhile (then
// _destroy is told the descriptor is free).
function afterWrite(stream, callback) {
  return (err, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      callback(err);
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    stream.bytesWritten += bytes;
    callback();
  };
}

function writeOne(stream, data, callback) {
  stream[kIsPerformingIO] = true;
  stream[kFs].write(stream.fd, data, 0, data.length, stream.pos, afterWrite(stream, callback));
  if (stream.pos !== undefined) stream.pos += data.length;
}

function writeMany(stream, chunks, callback) {
  let size = 0;
  for (let i = 0; i < chunks.length; i++) size += chunks[i].length;
  stream[kIsPerformingIO] = true;
  stream[kFs].writev(stream.fd, chunks, stream.pos ?? null, afterWrite(stream, callback));
  if (stream.pos !== undefined) stream.pos += size;
}

WriteStream.prototype._write = function(data, encoding, callback) {
  if (typeof this[kFs].write === 'function') writeOne(this, data, callback);
  else writeMany(this, [data], callback);
};

WriteStream.prototype._writev = function(data, callback) {
  const chunks = new Array(data.length);
  for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  writeMany(this, chunks, callback);
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // an unfinished stream that does not close itself is destroyed once finished
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Node's old name for end()
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  configurable: true,
  get() {
    return this.fd === null;
  },
});

module.exports = {
  ReadStream,
  WriteStream,
  kIoDone,
};
