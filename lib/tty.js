'use strict';
// tty: terminals as streams. ReadStream and WriteStream are net.Sockets over a TTY handle
// (src/tty_wrap.c); WriteStream makes its writes synchronous, as Node does on POSIX.

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  errnoException,
} = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function newHandle(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = newHandle(fd);
  // Keystrokes go to the reader as they come: no read-ahead.
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = newHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true });
  // A terminal is written synchronously: output is never interleaved nor lost at exit.
  this._handle.setBlocking(true);
  const size = [0, 0];
  if (this._handle.getWindowSize(size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Reads the size again, emitting 'resize' when it changed (on SIGWINCH for process.stdout).
WriteStream.prototype._refreshSize = function() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const size = [0, 0];
  const err = this._handle.getWindowSize(size);
  if (err) {
    this.emit('error', errnoException(err, 'getWindowSize'));
    return;
  }
  const [cols, rows] = size;
  if (oldCols !== cols || oldRows !== rows) {
    this.columns = cols;
    this.rows = rows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function(x, y, callback) {
  return require('internal/readline/callbacks').cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function(dx, dy, callback) {
  return require('internal/readline/callbacks').moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function(dir, callback) {
  return require('internal/readline/callbacks').clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function(callback) {
  return require('internal/readline/callbacks').clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
