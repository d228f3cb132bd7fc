'use strict';
// StringDecoder: decodes a stream of byte chunks, keeping the bytes of a character split
// across chunks (utf8, utf16le, base64, base64url) until the rest arrives. Its state lives
// in a 7-byte Buffer, laid out as Node's native decoder has it (it shows in inspect()):
// bytes 0-3 the incomplete character, 4 the bytes still missing, 5 the bytes buffered,
// 6 the encoding. The bytes themselves are decoded by the buffer binding (src/buffer.c).

const { Buffer } = require('buffer');
const {
  asciiSlice,
  base64Slice,
  base64urlSlice,
  hexSlice,
  latin1Slice,
  ucs2Slice,
  utf8Slice,
} = internalBinding('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  encodingsMap,
  kIsEncodingSymbol,
  normalizeEncoding: normalizeBufferEncoding,
} = require('internal/util');
const { isUint8Array } = require('internal/util/types');

const kNativeDecoder = Symbol('kNativeDecoder');

// Keep in sync with the layout described above.
const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

const ASCII = encodingsMap.ascii;
const UTF8 = encodingsMap.utf8;
const BASE64 = encodingsMap.base64;
const UCS2 = encodingsMap.utf16le;
const LATIN1 = encodingsMap.latin1;
const HEX = encodingsMap.hex;
const BASE64URL = encodingsMap.base64url;

// The Buffer.isEncoding the module started with: a replaced one may accept more names.
const isEncoding = Buffer[kIsEncodingSymbol];

function normalizeEncoding(enc) {
  const normalized = normalizeBufferEncoding(enc);
  if (normalized === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return normalized;
}

function makeString(bytes, start, end, encoding) {
  switch (encoding) {
    case UTF8: return utf8Slice.call(bytes, start, end);
    case UCS2: return ucs2Slice.call(bytes, start, end);
    case BASE64: return base64Slice.call(bytes, start, end);
    case BASE64URL: return base64urlSlice.call(bytes, start, end);
    case HEX: return hexSlice.call(bytes, start, end);
    case ASCII: return asciiSlice.call(bytes, start, end);
    default: return latin1Slice.call(bytes, start, end);
  }
}

// How many bytes at the end of data[start..end) start a UTF-8 character that is not complete,
// and how many more it needs: [buffered, missing], or [0, 0].
function utf8Tail(data, start, end) {
  let buffered = 0;
  for (let i = end - 1; ; i--) {
    buffered++;
    const c = data[i];
    if ((c & 0xc0) === 0x80) {
      // A continuation byte: the character started earlier, unless it cannot have.
      if (buffered >= 4 || i === start) return [0, 0];
      continue;
    }
    let length;
    if ((c & 0xe0) === 0xc0) length = 2;
    else if ((c & 0xf0) === 0xe0) length = 3;
    else if ((c & 0xf8) === 0xf0) length = 4;
    else return [0, 0];
    // As many bytes as the lead byte wants (complete) or more (invalid anyway): keep none.
    if (buffered >= length) return [0, 0];
    return [buffered, length - buffered];
  }
}

function decode(state, data) {
  const encoding = state[kEncodingField];
  if (encoding !== UTF8 && encoding !== UCS2 && encoding !== BASE64 && encoding !== BASE64URL) {
    return makeString(data, 0, data.length, encoding);
  }
  let start = 0;
  const end = data.length;
  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (encoding === UTF8) {
      // A byte that should continue the character but does not starts a new one: the
      // character ends there, incomplete.
      for (let i = 0; i < end && i < state[kMissingBytes]; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === end) return prepend;

  let stop = end;
  if (encoding === UTF8) {
    if (data[end - 1] & 0x80) {
      const tail = utf8Tail(data, start, end);
      state[kBufferedBytes] = tail[0];
      state[kMissingBytes] = tail[1];
    }
  } else if (encoding === UCS2) {
    if ((end - start) % 2 === 1) {
      // Half a code unit.
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      // The high half of a surrogate pair.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    state[kBufferedBytes] = (end - start) % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }
  if (state[kBufferedBytes] > 0) {
    stop = end - state[kBufferedBytes];
    state.set(data.subarray(stop, end), kIncompleteCharactersStart);
  }
  const body = stop > start ? makeString(data, start, stop, encoding) : '';
  return prepend + body;
}

function flush(state) {
  const encoding = state[kEncodingField];
  if (encoding === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, 0, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  const bytes = isUint8Array(buf) ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return decode(this[kNativeDecoder], bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

// Undocumented: decodes buf from offset on, forgetting any incomplete character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
