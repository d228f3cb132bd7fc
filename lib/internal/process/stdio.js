'use strict';
// process.stdin, process.stdout and process.stderr, made on first use as the stream kind
// that fits what the descriptor is (Node's rules): a terminal is a tty stream, written
// synchronously; a file is a SyncWriteStream (out) or an fs.ReadStream (in); a pipe or a socket
// is a net.Socket, written asynchronously, whose writes still pending at exit are written
// out then (src/stream_wrap.c, stream_wrap_flush_stdio).

const { guessHandleType } = require('internal/util');

// stdout and stderr are never really destroyed: the descriptor stays open for whatever
// still writes to it, and 'close' is emitted once so that finished() and pipeline() end.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// -- writes still in JavaScript at exit --
// A pipe's Writable holds the chunks that came while a write was in flight; at exit they go
// to the handle, behind what libuv holds, and C writes it all out.
const pipeStreams = [];

function flushOnExit() {
  const { WriteWrap } = internalBinding('stream_wrap');
  for (const stream of pipeStreams) {
    const handle = stream._handle;
    if (!handle || stream.destroyed) continue;
    for (const { chunk, encoding } of stream.writableBuffer) {
      const req = new WriteWrap();
      req.handle = handle;
      req.oncomplete = () => {};
      // the request keeps the bytes alive for as long as libuv points into them
      req.buffer = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      if (handle.writeBuffer(req, req.buffer) < 0) break;
    }
  }
}

function keepPendingWrites(stream) {
  if (pipeStreams.length === 0) internalBinding('stream_wrap').setStdioExitFlush(flushOnExit);
  pipeStreams.push(stream);
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      // the terminal's new size, and 'resize' (the signal's handle does not keep us alive)
      process.on('SIGWINCH', () => stream._refreshSize());
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      keepPendingWrites(stream);
      break;
    }
    default: {
      // Nothing usable behind the descriptor (closed, or a kind libuv does not know): the
      // output goes nowhere, without an error.
      const { Writable } = require('stream');
      stream = new Writable({
        write(chunk, encoding, cb) {
          cb();
        },
      });
    }
  }
  // the descriptor, for code that reads it (and Node's legacy API)
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

// -- stdin --

function createStdin(fd) {
  let stdin;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stdin = new net.Socket({ fd, readable: true, writable: false, manualStart: true });
      // process.stdin cannot be ended
      stdin._writableState.ended = true;
      break;
    }
    default: {
      // No input at all: an empty stream.
      const { Readable } = require('stream');
      stdin = new Readable({
        read() {
          this.push(null);
        },
      });
    }
  }
  stdin.fd = fd;

  // Nothing is read before someone asks: until then stdin keeps no process alive.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }

  // pause() stops the reads too (one tick later, once the stream has stopped flowing), so
  // that a paused stdin lets the process exit.
  stdin.on('pause', () => process.nextTick(stopReadingIfPaused, stdin));
  return stdin;
}

function stopReadingIfPaused(stdin) {
  const handle = stdin._handle;
  if (!handle) return;
  if (handle.reading && !stdin.readableFlowing) {
    stdin._readableState.reading = false;
    handle.reading = false;
    handle.readStop();
  }
}

module.exports = { createStdin, createWritableStdioStream };
