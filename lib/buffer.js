'use strict';
// The `buffer` module: Buffer (a Uint8Array subclass whose instances are FastBuffers, from
// lib/internal/buffer.js), its pool, its encodings, and the module's helpers (SlowBuffer,
// transcode, isUtf8, isAscii, atob, btoa, Blob, File). Strings are encoded and decoded in C
// (src/buffer.c, internalBinding('buffer')).

const binding = internalBinding('buffer');
const {
  asciiSlice,
  asciiWrite,
  base64Slice,
  base64Write,
  base64urlSlice,
  base64urlWrite,
  byteLengthUtf8,
  compare: compareBytes,
  compareOffset,
  copy: copyBytes,
  createFromString,
  createUnsafeArrayBuffer,
  fill: fillBytes,
  hexSlice,
  hexWrite,
  indexOfBuffer,
  indexOfNumber,
  indexOfString,
  latin1Slice,
  latin1Write,
  ucs2Slice,
  ucs2Write,
  utf8Slice,
  utf8Write,
  kMaxLength,
  kStringMaxLength,
} = binding;
const {
  FastBuffer,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
} = require('internal/buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_INVALID_STATE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  customInspectSymbol,
  defineLazyProperties,
  isArrayBufferDetached,
  kIsEncodingSymbol,
  lazyDOMException,
  normalizeEncoding,
} = require('internal/util');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');

// Keep in sync with the encoding enum of src/buffer.c (lib/internal/util.js encodingsMap).
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

// -- the constructor -------------------------------------------------------------------------

let bufferWarningEmitted = false;
let nodeModulesChecks = 0;
const bufferWarning = 'Buffer() is deprecated due to security and usability issues. Please use ' +
  'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';

// Whether the code calling Buffer() (the first frame outside node's own modules) is a
// dependency under node_modules: those are not warned about unless --pending-deprecation.
function calledFromNodeModules() {
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  let frames;
  try {
    Error.stackTraceLimit = 20;
    Error.prepareStackTrace = (err, callSites) => callSites;
    const holder = {};
    Error.captureStackTrace(holder, calledFromNodeModules);
    frames = holder.stack;
  } finally {
    Error.stackTraceLimit = limit;
    Error.prepareStackTrace = prepare;
  }
  if (!Array.isArray(frames)) return false;
  for (const frame of frames) {
    const file = frame.getFileName();
    if (!file || file.startsWith('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000) return;
  const pending = require('internal/options').getOptionValue('--pending-deprecation');
  if (!pending && calledFromNodeModules()) return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);
Object.setPrototypeOf(Buffer, Uint8Array);

Object.defineProperty(Buffer, Symbol.species, {
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

// -- the pool --------------------------------------------------------------------------------

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;
// A view of the whole pool, which the codecs write small strings into.
let poolBuffer;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeArrayBuffer(poolSize);
  poolBuffer = new FastBuffer(allocPool);
  poolOffset = 0;
}
createPool();

// Buffers taken from the pool start on 8-byte boundaries.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// -- encodings -------------------------------------------------------------------------------

// The encoding number of an encoding name (any case), or -1.
function getEncoding(encoding) {
  encoding += '';
  for (let lowered = false; ; lowered = true) {
    switch (encoding) {
      case 'utf8': case 'utf-8': return UTF8;
      case 'hex': return HEX;
      case 'base64': return BASE64;
      case 'latin1': case 'binary': return LATIN1;
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
      case 'ascii': return ASCII;
      case 'base64url': return BASE64URL;
    }
    if (lowered) return -1;
    encoding = encoding.toLowerCase();
  }
}

function sliceEncoded(buf, enc, start, end) {
  switch (enc) {
    case UTF8: return utf8Slice.call(buf, start, end);
    case LATIN1: return latin1Slice.call(buf, start, end);
    case ASCII: return asciiSlice.call(buf, start, end);
    case HEX: return hexSlice.call(buf, start, end);
    case BASE64: return base64Slice.call(buf, start, end);
    case BASE64URL: return base64urlSlice.call(buf, start, end);
    default: return ucs2Slice.call(buf, start, end);
  }
}

function writeEncoded(buf, enc, string, offset, length) {
  switch (enc) {
    case UTF8: return utf8Write.call(buf, string, offset, length);
    case LATIN1: return latin1Write.call(buf, string, offset, length);
    case ASCII: return asciiWrite.call(buf, string, offset, length);
    case HEX: return hexWrite.call(buf, string, offset, length);
    case BASE64: return base64Write.call(buf, string, offset, length);
    case BASE64URL: return base64urlWrite.call(buf, string, offset, length);
    default: return ucs2Write.call(buf, string, offset, length);
  }
}

// Node's estimate for base64: trailing '=' do not count, whitespace does.
function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function encodedLength(string, enc) {
  switch (enc) {
    case UTF8: return byteLengthUtf8(string);
    case UCS2: return string.length * 2;
    case HEX: return string.length >>> 1;
    case BASE64: case BASE64URL: return base64ByteLength(string, string.length);
    default: return string.length;
  }
}

// An upper bound of encodedLength() that costs nothing to compute.
function maxEncodedLength(string, enc) {
  switch (enc) {
    case UTF8: return string.length * 3;
    case UCS2: return string.length * 2;
    case HEX: return string.length >>> 1;
    case BASE64: case BASE64URL: return base64ByteLength(string, string.length);
    default: return string.length;
  }
}

function fromStringFast(string, enc) {
  const maxLength = Buffer.poolSize >>> 1;
  if (string.length >= maxLength) return new FastBuffer(createFromString(string, enc));
  let length = maxEncodedLength(string, enc);
  if (length >= maxLength) {
    length = encodedLength(string, enc);
    if (length >= maxLength) return new FastBuffer(createFromString(string, enc));
  }
  if (length > poolSize - poolOffset) createPool();
  const actual = writeEncoded(poolBuffer, enc, string, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let enc = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    enc = getEncoding(encoding);
    if (enc === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringFast(string, enc);
}

// -- Buffer.from and friends -----------------------------------------------------------------

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

const typedArraySet = Uint8Array.prototype.set;

// A copy of an array-like (elements converted as a Uint8Array stores them), pooled if small.
function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, length);
    typedArraySet.call(b, obj, 0);
    poolOffset += length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

function checkSize(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
    validateNumber(size, 'size', 0, kMaxLength);
  }
}

Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  checkSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  checkSize(size);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  checkSize(size);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

// Copies bytes [sourceStart, sourceEnd) of source to target at targetStart, clipped to both.
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === source.byteLength) {
    typedArraySet.call(target, source, targetStart);
    return nb;
  }
  return copyBytes(source, target, targetStart, sourceStart, nb);
}

Buffer.concat = function concat(list, length) {
  // The validators are called only to throw: their wrapper costs on a hot path.
  if (!Array.isArray(list)) validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const len = list[i].length;
      if (len) length += len;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      // A value without bytes, such as undefined or a string, fails here rather than in the
      // sum above, to give the index.
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    // A Uint8Array's length is its byteLength, and cheaper to read.
    let n = buf.length;
    if (n > length - pos) n = length - pos;
    if (n > 0) {
      // Short copies are faster as a loop than as a call into a builtin or C; the new buffer
      // overlaps none of the sources.
      if (n <= 32) {
        for (let j = 0; j < n; j++) buffer[pos + j] = buf[j];
      } else if (n === buf.length) {
        typedArraySet.call(buffer, buf, pos);
      } else {
        copyBytes(buf, buffer, pos, 0, n);
      }
      pos += n;
    }
  }
  // The list could have shrunk since its length was summed: clear the rest.
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (!encoding) return byteLengthUtf8(string);
  const enc = getEncoding(encoding);
  return enc === -1 ? byteLengthUtf8(string) : encodedLength(string, enc);
}
Buffer.byteLength = byteLength;

// -- Buffer.prototype ------------------------------------------------------------------------

// The deprecated aliases of buffer and byteOffset.
Object.defineProperty(Buffer.prototype, 'parent', {
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

// A number as an integer (floor), or the default when it is not a safe one.
function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Slice.call(this, 0, this.length);
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return utf8Slice.call(this, start, end);
  const enc = getEncoding(encoding);
  if (enc === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  return sliceEncoded(this, enc, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, otherBuffer) === 0;
};

let utilInspect;
let getOwnNonIndexProperties;
// `<Buffer 01 02 ... 3 more bytes>`, with the own non-index properties after the bytes.
Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = hexSlice.call(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    if (utilInspect === undefined) {
      utilInspect = require('internal/util/inspect').inspect;
      getOwnNonIndexProperties = internalBinding('util').getOwnNonIndexProperties;
    }
    const { ALL_PROPERTIES, ONLY_ENUMERABLE } = internalBinding('util').constants;
    const keys = getOwnNonIndexProperties(this, ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE);
    if (keys.length !== 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      if (this.length !== 0) str += ', ';
      // Drop '[Object: null prototype] {' and ' }' around the properties.
      str += utilInspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart,
                                            sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return compareBytes(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf, lastIndexOf and includes: search forwards (dir true) or backwards from byteOffset.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // null, [] and the like search from 0; undefined, 'foo' and {} (NaN) the whole buffer.
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  const enc = encoding === undefined ? UTF8 : getEncoding(encoding);
  if (typeof val === 'string') {
    switch (enc) {
      case UTF8: case UCS2: case LATIN1:
        return indexOfString(buffer, val, byteOffset, enc, dir);
      case -1:
        throw new ERR_UNKNOWN_ENCODING(encoding);
      default:
        return indexOfBuffer(buffer, fromStringFast(val, enc), byteOffset, enc, dir);
    }
  }
  if (isUint8Array(val)) {
    return indexOfBuffer(buffer, val, byteOffset, enc === -1 ? UTF8 : enc, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

const typedArrayFill = Uint8Array.prototype.fill;

// buf.fill(value[, offset[, end]][, encoding]) and Buffer.alloc(size, fill, encoding).
function _fill(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    enc = getEncoding(normalized);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // One character that is one byte: fill with the number.
      if (enc === UTF8) {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (enc === LATIN1) {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number' || (typeof value !== 'string' && !isArrayBufferView(value))) {
    typedArrayFill.call(buf, value, offset, end);
  } else {
    const res = fillBytes(buf, value, offset, end, enc);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return utf8Write.call(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return utf8Write.call(this, string, offset, length);
  const enc = getEncoding(encoding);
  if (enc === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  return writeEncoded(this, enc, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data };
};

// An index as Math.trunc gives it, counted from the end when negative, within [0, length].
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

// Short buffers swap faster in JS than through a call into C.
Buffer.prototype.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  return binding.swap16(this);
};

Buffer.prototype.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  return binding.swap32(this);
};

Buffer.prototype.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  return binding.swap64(this);
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// -- transcode -------------------------------------------------------------------------------

// ICU's error names and numbers, as Node reports them.
const U_ILLEGAL_ARGUMENT_ERROR = 1;
const U_INVALID_CHAR_FOUND = 10;
const icuErrorNames = {
  [U_ILLEGAL_ARGUMENT_ERROR]: 'U_ILLEGAL_ARGUMENT_ERROR',
  [U_INVALID_CHAR_FOUND]: 'U_INVALID_CHAR_FOUND',
};

function transcodeError(errno) {
  const code = icuErrorNames[errno];
  return genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno });
}

const loneSurrogates = /[\ud800-\udfff]/gu;

// Unicode's default-ignorable code points, which ICU drops instead of substituting.
function isDefaultIgnorable(c) {
  return c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 ||
    (c >= 0x17b4 && c <= 0x17b5) || (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff || c === 0xffa0 || (c >= 0xfff0 && c <= 0xfff8) ||
    (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
    (c >= 0xe0000 && c <= 0xe0fff);
}

// A string as single bytes (latin1 up to 0xff, ascii up to 0x7f); other code points and
// lone surrogates become '?', one per code point, as ICU substitutes them.
function toSingleBytes(string, max) {
  const out = createUnsafeBuffer(string.length);
  let k = 0;
  for (let i = 0; i < string.length; i++) {
    let c = string.charCodeAt(i);
    if (c > max) {
      const next = string.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + (c - 0xd800) * 0x400 + (next - 0xdc00);
        i++;
      }
      if (isDefaultIgnorable(c)) continue;
      c = 0x3f;
    }
    out[k++] = c;
  }
  return k === out.length ? out : new FastBuffer(out.buffer, 0, k);
}

function encodeTranscoded(string, to) {
  switch (to) {
    case 'utf8': return new FastBuffer(createFromString(string, UTF8));
    case 'utf16le': return new FastBuffer(createFromString(string, UCS2));
    case 'latin1': return toSingleBytes(string, 0xff);
    default: return toSingleBytes(string, 0x7f);
  }
}

// Converts between utf8, utf16le (ucs2), latin1 and ascii with ICU's substitutions: invalid
// input decodes to U+FFFD (except into UTF-16 from UTF-8 and into UTF-8 from UTF-16, which
// fail), and characters the target cannot hold become '?'.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const supported = ['ascii', 'latin1', 'utf8', 'utf16le'];
  if (!supported.includes(from) || !supported.includes(to)) {
    throw transcodeError(U_ILLEGAL_ARGUMENT_ERROR);
  }
  let string;
  switch (from) {
    case 'utf8':
      if (to === 'utf16le' && !binding.isUtf8(source)) throw transcodeError(U_INVALID_CHAR_FOUND);
      string = utf8Slice.call(source, 0, source.length);
      break;
    case 'latin1':
      string = latin1Slice.call(source, 0, source.length);
      break;
    case 'ascii':
      string = latin1Slice.call(source, 0, source.length);
      if (to !== 'utf16le') string = string.replace(/[\x80-\xff]/g, '\ufffd');
      break;
    default: {
      const units = source.length >>> 1;
      string = ucs2Slice.call(source, 0, units * 2);
      if (to === 'utf8') {
        if (units === 0 || loneSurrogates.test(string)) {
          loneSurrogates.lastIndex = 0;
          throw transcodeError(U_INVALID_CHAR_FOUND);
        }
      } else if (to === 'utf16le') {
        string = string.replace(loneSurrogates, '\ufffd');
        if (source.length & 1) string += '\ufffd';
      }
    }
  }
  return encodeTranscoded(string, to);
}

// -- validation and the web's base64 ---------------------------------------------------------

function checkValidatable(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    if (isAnyArrayBuffer(input) && input.byteLength === 0 && isArrayBufferDetached(input)) {
      throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  checkValidatable(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  checkValidatable(input);
  return binding.isAscii(input);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  const buf = fromStringFast(input, LATIN1);
  return base64Slice.call(buf, 0, buf.length);
}

// Per https://infra.spec.whatwg.org/#forgiving-base64-decode.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    significant++;
    if (c === 0x3d) {
      equals++;
    } else if (equals !== 0 || !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
               (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f)) {
      // Only base64 characters, and '=' only at the end.
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    if (equals > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  let remainder = significant % 4;
  if (remainder === 0) {
    remainder = (significant - equals) % 4;
  } else if (equals !== 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (remainder === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  const buf = fromStringFast(input, BASE64);
  return latin1Slice.call(buf, 0, buf.length);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  INSPECT_MAX_BYTES: {
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

defineLazyProperties(module.exports, 'internal/blob', ['Blob']);
defineLazyProperties(module.exports, 'internal/file', ['File']);
