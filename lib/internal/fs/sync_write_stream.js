'use strict';
// SyncWriteStream: a Writable over a file descriptor whose writes are synchronous system
// calls (process.stdout and process.stderr when they are files).

const { Writable } = require('stream');

const { writeStringSync, writeBufferSync } = internalBinding('fs');

function SyncWriteStream(fd, options) {
  // strings go to the binding as they are: utf8 ones need no Buffer
  Writable.call(this, { autoDestroy: true, decodeStrings: false });
  options = options || {};
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

function writeFully(fd, chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding === 'utf8' || encoding === 'utf-8') return writeStringSync(fd, chunk);
    chunk = Buffer.from(chunk, encoding);
  }
  return writeBufferSync(fd, chunk);
}

SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
  const r = writeFully(this.fd, chunk, encoding);
  if (r < 0) {
    const { uvException } = require('internal/errors');
    cb(uvException({ errno: r, syscall: 'write' }));
    return;
  }
  cb();
};

SyncWriteStream.prototype._destroy = function(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) require('fs').closeSync(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
