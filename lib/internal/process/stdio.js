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
  get columns() { return this.isTTY ? windowSize(this.fd)[0] : undefined; }
  get rows() { return this.isTTY ? windowSize(this.fd)[1] : undefined; }
  getColorDepth() { return this.isTTY ? 8 : 1; }
  hasColors(count = 16) { return this.isTTY ? count <= 256 : false; }
}

function createWritableStdioStream(fd) {
  return new SyncWriteStream(fd);
}

module.exports = { createWritableStdioStream, SyncWriteStream };
