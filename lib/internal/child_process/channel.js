'use strict';
// An IPC channel: a Pipe handle opened with ipc true (a Unix socket pair between parent and
// child) that carries messages in one of the formats of ./serialization.js, and TCP or Pipe
// handles beside them (uv_write2 / the receiver's `pendingHandle`, src/stream_wrap.c).
// setupChannel(target, pipe, mode) gives `target` (a ChildProcess in the parent, `process` in
// the child) send(), disconnect(), connected, channel and the 'message', 'disconnect' and
// 'internalMessage' events, as Node does.
//
// The protocol between the two ends, as Node's (either end may be Node):
// - a message whose `cmd` starts with 'NODE_' is internal ('internalMessage', which cluster
//   uses), any other is the user's ('message');
// - a handle goes as {cmd: 'NODE_HANDLE', type, msg} with the handle attached; the receiver
//   answers NODE_HANDLE_ACK (or NODE_HANDLE_NACK when the handle did not arrive, and the
//   sender tries again); until the ACK, later sends wait in a queue, so that messages keep
//   their order.

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
  errnoException,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const serialization = require('internal/child_process/serialization');

const { WriteWrap, streamBaseState, kLastWriteWasAsync, kReadBytesOrError,
        kArrayBufferOffset } = internalBinding('stream_wrap');

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');
// A sender keeps at most this many bytes queued in the kernel's stead before send() says
// "stop" (returns false).
const kHighWaterMark = 65536 * 2;
const kDefaultSendOptions = Object.freeze({ swallowErrors: false });
// How many times a handle whose NACK came back is sent again.
const kMaxRetransmissions = 3;

let net;
function lazyNet() {
  if (net === undefined) net = require('net');
  return net;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

function nop() {}

// target.channel: what user code sees of the pipe. While work is pending on it (a write in
// flight, a 'message' listener in the child) it is ref'd, unless the user said ref() or
// unref() explicitly.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

// How each kind of handle travels: send() gives the native handle to attach (or nothing to
// send the message alone), got() rebuilds the object on the receiving side, postSend() runs
// after a send with the handle (to close a socket handed over for good).
const handleConversion = {
  'net.Native': {
    simultaneousAccepts: true,
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },

  'net.Server': {
    simultaneousAccepts: true,
    send(message, server) { return server._handle; },
    got(message, handle, emit) {
      const server = new (lazyNet().Server)();
      server.listen(handle, () => emit(server));
    },
  },

  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return undefined;
      // A server's connection handed on no longer counts as the server's.
      if (socket.server && !options.keepOpen) {
        socket.server._connections--;
        socket.server._emitCloseIfDrained();
      }
      const handle = socket._handle;
      if (!options.keepOpen) {
        handle.onread = nop;
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      if (!handle || options.keepOpen) return;
      // Closed once the other side has it (its ACK), or now if it could not be sent.
      if (target) {
        target._pendingMessage = { callback, message, handle, options, retransmissions: 0 };
      } else {
        handle.close();
      }
    },
    got(message, handle, emit) {
      emit(new (lazyNet().Socket)({ handle, readable: true, writable: true }));
    },
  },
};

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

function handleType(handle) {
  const { Socket, Server } = lazyNet();
  if (handle instanceof Socket) return 'net.Socket';
  if (handle instanceof Server) return 'net.Server';
  const { TCP } = internalBinding('tcp_wrap');
  const { Pipe } = internalBinding('pipe_wrap');
  if (handle instanceof TCP || handle instanceof Pipe) return 'net.Native';
  return null;
}

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  target._handleQueue = null;
  target._pendingMessage = null;

  const format = serialization[serializationMode];
  format.init(channel);
  channel.buffering = false;
  channel.pendingHandle = null;
  channel.sockets = { got: {}, send: {} };

  channel.onread = function onread(arrayBuffer) {
    const handle = channel.pendingHandle;
    channel.pendingHandle = null;
    if (arrayBuffer) {
      const nread = streamBaseState[kReadBytesOrError];
      const offset = streamBaseState[kArrayBufferOffset];
      const messages = format.parse(channel, new Uint8Array(arrayBuffer, offset, nread));
      if (messages.length !== 0 && target.channel) {
        process.nextTick(emitMessages, messages, 0, handle);
      }
      return;
    }
    // the other end is gone (EOF or an error)
    channel.buffering = false;
    target.connected = false;
    channel.onread = nop;
    if (target.channel) target._disconnect();
  };

  function handleMessage(message, handle, internal) {
    if (!target.channel) return;
    process.nextTick(emitMessage, internal ? 'internalMessage' : 'message', message, handle);
  }

  // The messages of one read, each emitted as if from its own nextTick (Node queues one per
  // message): what a listener queues with nextTick runs after the batch either way. If a
  // listener throws, the rest go on from a new tick.
  function emitMessages(messages, from, handle) {
    let i = from;
    try {
      for (; i < messages.length; i++) {
        if (!target.channel) return;
        const message = messages[i];
        const internal = isInternal(message);
        // the handle belongs to the one NODE_HANDLE message it came with
        emitMessage(internal ? 'internalMessage' : 'message', message,
                    internal && message.cmd === 'NODE_HANDLE' ? handle : undefined);
      }
    } finally {
      if (i + 1 < messages.length) process.nextTick(emitMessages, messages, i + 1, handle);
    }
  }

  // A user message that comes before any 'message' listener waits for one (a child's first
  // message may arrive before its code has run).
  function emitMessage(event, message, handle) {
    if (event === 'internalMessage' || target.listenerCount('message') !== 0) {
      target.emit(event, message, handle);
      return;
    }
    if (!target.channel) return;
    const pending = target.channel[kPendingMessages];
    pending.push([event, message, handle]);
    if (pending.length === 1) target.once('newListener', flushPending);
  }

  function flushPending() {
    process.nextTick(() => {
      if (!target.channel) return;
      const pending = target.channel[kPendingMessages];
      target.channel[kPendingMessages] = [];
      for (const args of pending) emitMessage(...args);
    });
  }

  target.on('internalMessage', function onInternalMessage(message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      if (target._pendingMessage) closePendingHandle(target);
      const queue = target._handleQueue || [];
      target._handleQueue = null;
      for (const { message, handle, options, callback } of queue) {
        target._send(message, handle, options, callback);
      }
      // a disconnect() that waited for the queue
      if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
      return;
    }
    if (message.cmd === 'NODE_HANDLE_NACK') {
      const pending = target._pendingMessage;
      if (pending) {
        if (pending.retransmissions++ === kMaxRetransmissions) {
          closePendingHandle(target);
          process.nextTick(() => target.emit('error', new Error('Handles were lost in transit')));
          return;
        }
        target._handleQueue = target._handleQueue || [];
        target._handleQueue.unshift(pending);
        target._pendingMessage = null;
        const queue = target._handleQueue;
        target._handleQueue = null;
        for (const { message, handle, options, callback } of queue) {
          target._send(message, handle, options, callback);
        }
      }
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    // The handle did not make it (its ancillary data was cut): ask for it again.
    if (!handle) {
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, { swallowErrors: true });
      return;
    }
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, { swallowErrors: true });
    const conversion = handleConversion[message.type];
    if (conversion === undefined) {
      handle.close();
      return;
    }
    conversion.got(message, handle, (obj) => {
      handleMessage(message.msg, obj, isInternal(message.msg));
    });
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = options === undefined ? kDefaultSendOptions : { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    const type = typeof message;
    if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    else if (options == null) options = { swallowErrors: false };

    let conversion;
    if (handle) {
      const handleKind = handleType(handle);
      if (handleKind === null) throw new ERR_INVALID_HANDLE_TYPE();
      // one handle at a time: the next waits for this one's ACK
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message });
        return this._handleQueue.length === 1;
      }
      message = { cmd: 'NODE_HANDLE', type: handleKind, msg: message };
      conversion = handleConversion[handleKind];
      handle = conversion.send.call(target, message, handle, options);
      // nothing to send (a socket already closed): the message goes alone
      if (!handle) message = message.msg;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' ||
                             message.cmd === 'NODE_HANDLE_NACK'))) {
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }

    // A request that finished at once is free for the next write.
    let req = freeReq;
    freeReq = null;
    if (req === null) req = new WriteWrap();
    const err = format.write(channel, req, message, handle);
    const async = err === 0 && streamBaseState[kLastWriteWasAsync];
    if (err === 0) {
      if (handle) {
        if (!this._handleQueue) this._handleQueue = [];
        if (conversion && conversion.postSend) {
          conversion.postSend(message, handle, options, callback, target);
        }
      }
      if (async) {
        control.refCounted();
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
      } else {
        freeReq = req;
        if (typeof callback === 'function') process.nextTick(callback, null);
        // all written: nothing is queued
        return true;
      }
    } else {
      freeReq = req;
      if (conversion && conversion.postSend) {
        conversion.postSend(message, handle, options, callback);
      }
      if (!options.swallowErrors) {
        const ex = errnoException(err, 'write');
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => this.emit('error', ex));
      }
    }
    // back-pressure: false once the queue is long
    return channel.writeQueueSize < kHighWaterMark;
  };

  let freeReq = null;
  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // queued handles go first; the ACK of the last one finishes the disconnect
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.channel = null;
    this[kChannelHandle] = null;
    if (this._pendingMessage) closePendingHandle(this);
    // What is still to be read is dropped (a message half read included): the channel closes
    // in the next tick.
    process.nextTick(() => {
      channel.close();
      target.emit('disconnect');
    });
  };

  channel.readStart();
  return control;
}

module.exports = { kChannelHandle, setupChannel };
