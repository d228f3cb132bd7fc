'use strict';
// process.stdout and process.stderr until the stream modules land: synchronous writers, as
// Node's stdout and stderr are synchronous on Linux for files, pipes and TTYs.

const EventEmitter = require('events');

const { writeStringSync, writeBufferSync } = internalBinding('fs');
const { isTTY, getWindowSize } = internalBinding('tty_wrap');

function windowSize(fd) {
  const size = [80, 24];
  getWindowSize(fd, size);
  return size;
}

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.writable = true;
    this.writableEnded = false;
    this._type = 'fs';
    if (isTTY(fd)) this.isTTY = true;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    let r;
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && typeof Buffer === 'function') {
        r = writeBufferSync(this.fd, Buffer.from(chunk, encoding));
      } else {
        r = writeStringSync(this.fd, chunk);
      }
    } else if (chunk instanceof Uint8Array) {
      r = writeBufferSync(this.fd, chunk);
    } else {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (r < 0) {
      const { uvException } = require('internal/errors');
      const err = uvException({ errno: r, syscall: 'write' });
      if (typeof cb === 'function') process.nextTick(cb, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  }

  cork() {}
  uncork() {}
  destroy() { return this; }
  destroySoon() {}
  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
}

// A terminal: Node's stdout is a tty.WriteStream there, with its size and colour methods.
class TTYSyncWriteStream extends SyncWriteStream {
  get columns() { return windowSize(this.fd)[0]; }
  get rows() { return windowSize(this.fd)[1]; }
  getWindowSize() { return windowSize(this.fd); }
  getColorDepth(env) { return require('internal/tty').getColorDepth(env); }
  hasColors(count, env) { return require('internal/tty').hasColors(count, env); }
}

function createWritableStdioStream(fd) {
  return isTTY(fd) ? new TTYSyncWriteStream(fd) : new SyncWriteStream(fd);
}

module.exports = { createWritableStdioStream, SyncWriteStream };
