'use strict';
// The two wire formats of an IPC channel (lib/internal/child_process.js), as Node writes them,
// so that either end may be Node:
// - 'json': each message is its JSON text and a '\n'.
// - 'advanced': each message is a 4-byte big-endian length and then V8's serialization of
//   the value (internalBinding('serdes'), src/serdes.c): Maps, Sets, Dates, BigInts, typed
//   arrays (Buffers stay Buffers) and errors survive the trip.
// init(channel) prepares a channel's reading state; parse(channel, bytes) returns the complete
// messages the bytes finish (keeping the rest); write(channel, req, message, handle) writes
// one message (with a handle to pass along, or undefined) and returns 0 or a libuv code.

let FastBuffer;
let serdes;

const kJSONBuffer = Symbol('kJSONBuffer');
const kChunks = Symbol('kChunks');
const kChunksLength = Symbol('kChunksLength');

let utf8Slice;

const json = {
  init(channel) {
    if (utf8Slice === undefined) ({ utf8Slice } = internalBinding('buffer'));
    channel[kJSONBuffer] = null;  // the bytes of a message not complete yet
  },

  // A '\n' byte never occurs inside a UTF-8 sequence: the bytes up to the last one decode
  // on their own, and only the rest waits for the next read.
  parse(channel, bytes) {
    const last = bytes.lastIndexOf(10);
    let pending = channel[kJSONBuffer];
    if (last === -1) {
      channel[kJSONBuffer] = pending === null ? bytes.slice()
        : joinChunks([pending, bytes], pending.length + bytes.length);
      channel.buffering = true;
      return [];
    }
    let text;
    if (pending === null) {
      text = utf8Slice.call(bytes, 0, last);
    } else {
      pending = joinChunks([pending, bytes.subarray(0, last)], pending.length + last);
      text = utf8Slice.call(pending, 0, pending.length);
    }
    channel[kJSONBuffer] = last + 1 < bytes.length ? bytes.slice(last + 1) : null;
    channel.buffering = channel[kJSONBuffer] !== null;
    const messages = [];
    let start = 0;
    let end;
    while ((end = text.indexOf('\n', start)) !== -1) {
      messages.push(JSON.parse(text.slice(start, end)));
      start = end + 1;
    }
    messages.push(JSON.parse(start === 0 ? text : text.slice(start)));
    return messages;
  },

  write(channel, req, message, handle) {
    return channel.writeUtf8String(req, `${JSON.stringify(message)}\n`, handle);
  },
};

function toBuffer(ab, offset, length) {
  if (FastBuffer === undefined) ({ FastBuffer } = require('internal/buffer'));
  return new FastBuffer(ab, offset, length);
}

function bufferPrototype() {
  if (FastBuffer === undefined) ({ FastBuffer } = require('internal/buffer'));
  return FastBuffer.prototype;
}

const advanced = {
  init(channel) {
    if (serdes === undefined) serdes = internalBinding('serdes');
    channel[kChunks] = [];
    channel[kChunksLength] = 0;
  },

  parse(channel, bytes) {
    let chunks = channel[kChunks];
    chunks.push(bytes);
    let total = channel[kChunksLength] + bytes.length;
    const messages = [];
    while (total >= 4) {
      let head = chunks[0];
      if (head.length < 4) {
        head = joinChunks(chunks, total);
        chunks = [head];
      }
      const size = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
      if (total < size + 4) break;
      if (head.length < size + 4) {
        head = joinChunks(chunks, total);
        chunks = [head];
      }
      messages.push(serdes.deserializeMessage(head.subarray(4, 4 + size), bufferPrototype()));
      total -= size + 4;
      if (head.length === size + 4) chunks.shift();
      else chunks[0] = head.subarray(size + 4);
    }
    channel[kChunks] = chunks;
    channel[kChunksLength] = total;
    channel.buffering = total !== 0;
    return messages;
  },

  write(channel, req, message, handle) {
    let body;
    try {
      body = serdes.serializeMessage(message, bufferPrototype());
    } catch (err) {
      // V8's own clone error, a plain Error, as Node's serializer throws it
      if (err && err.code === 'ERR_DATA_CLONE') throw new Error(err.message);
      throw err;
    }
    const size = body.byteLength;
    const buf = toBuffer(new ArrayBuffer(size + 4), 0, size + 4);
    buf[0] = size >>> 24;
    buf[1] = (size >>> 16) & 0xff;
    buf[2] = (size >>> 8) & 0xff;
    buf[3] = size & 0xff;
    buf.set(new Uint8Array(body), 4);
    return channel.writeBuffer(req, buf, handle);
  },
};

function joinChunks(chunks, total) {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

module.exports = { advanced, json };
