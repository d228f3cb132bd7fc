'use strict';
// FastBuffer (the class every Buffer is an instance of), the integer and float readers and
// writers of Buffer.prototype, and the string codecs of internalBinding('buffer')
// (src/buffer.c) that lib/buffer.js installs on it.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

// A Uint8Array whose prototype becomes Buffer.prototype (lib/buffer.js). Other modules wrap
// the Uint8Arrays and ArrayBuffers of C bindings with it: new FastBuffer(arrayBuffer,
// byteOffset, length) shares the memory.
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// A Buffer of `size` bytes that are not cleared first.
function createUnsafeBuffer(size) {
  return new FastBuffer(binding.createUnsafeArrayBuffer(size));
}

// -- errors ----------------------------------------------------------------------------------

function validateOffsetType(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// `value` was not a usable index; `last` is the largest one that was (negative: none).
function boundsError(value, last, type) {
  if (Math.floor(value) !== value) {
    validateOffsetType(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${last}`, value);
}

// `extra` is the byte count less one, as in the messages Node builds from it.
function checkBounds(buf, offset, extra) {
  validateOffsetType(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + extra] === undefined) {
    boundsError(offset, buf.length - (extra + 1));
  }
}

function checkInt(value, min, max, buf, offset, extra) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (extra > 3) {
      const bits = (extra + 1) * 8;
      range = min === 0 || min === 0n ?
        `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, extra);
}

// -- unsigned reads --------------------------------------------------------------------------

function readUInt8(offset = 0) {
  validateOffsetType(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 0x100;
}

function readUInt16BE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 0x100 + last;
}

function readUInt24LE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first + buf[offset + 1] * 0x100 + last * 0x10000;
}

function readUInt24BE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first * 0x10000 + buf[offset + 1] * 0x100 + last;
}

function readUInt32LE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
}

function readUInt32BE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

function readUInt40LE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + last * 0x100000000;
}

function readUInt40BE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first * 0x100000000 + buf[offset + 1] * 0x1000000 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x100 + last;
}

function readUInt48LE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + (buf[offset + 4] + last * 0x100) * 0x100000000;
}

function readUInt48BE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return (first * 0x100 + buf[offset + 1]) * 0x100000000 + buf[offset + 2] * 0x1000000 +
    buf[offset + 3] * 0x10000 + buf[offset + 4] * 0x100 + last;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return this.readUInt8(offset);
    case 2: return this.readUInt16LE(offset);
    case 3: return readUInt24LE(this, offset);
    case 4: return this.readUInt32LE(offset);
    case 5: return readUInt40LE(this, offset);
    case 6: return readUInt48LE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return this.readUInt8(offset);
    case 2: return this.readUInt16BE(offset);
    case 3: return readUInt24BE(this, offset);
    case 4: return this.readUInt32BE(offset);
    case 5: return readUInt40BE(this, offset);
    case 6: return readUInt48BE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

// -- signed reads: the sign bit, times the right constant, fills the high bits ---------------

function readInt8(offset = 0) {
  validateOffsetType(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 0x80) * 0x1fffffe;
}

function readInt16LE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first + last * 0x100;
  return val | (val & 0x8000) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first * 0x100 + last;
  return val | (val & 0x8000) * 0x1fffe;
}

function readInt24LE(buf, offset) {
  const val = readUInt24LE(buf, offset);
  return val | (val & 0x800000) * 0x1fe;
}

function readInt24BE(buf, offset) {
  const val = readUInt24BE(buf, offset);
  return val | (val & 0x800000) * 0x1fe;
}

function readInt32LE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (last << 24);
}

function readInt32BE(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

function readInt40LE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return (last | (last & 0x80) * 0x1fffffe) * 0x100000000 + first + buf[offset + 1] * 0x100 +
    buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x1000000;
}

function readInt40BE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return (first | (first & 0x80) * 0x1fffffe) * 0x100000000 + buf[offset + 1] * 0x1000000 +
    buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x100 + last;
}

function readInt48LE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  const high = buf[offset + 4] + last * 0x100;
  return (high | (high & 0x8000) * 0x1fffe) * 0x100000000 + first + buf[offset + 1] * 0x100 +
    buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x1000000;
}

function readInt48BE(buf, offset) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  const high = first * 0x100 + buf[offset + 1];
  return (high | (high & 0x8000) * 0x1fffe) * 0x100000000 + buf[offset + 2] * 0x1000000 +
    buf[offset + 3] * 0x10000 + buf[offset + 4] * 0x100 + last;
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return this.readInt8(offset);
    case 2: return this.readInt16LE(offset);
    case 3: return readInt24LE(this, offset);
    case 4: return this.readInt32LE(offset);
    case 5: return readInt40LE(this, offset);
    case 6: return readInt48LE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return this.readInt8(offset);
    case 2: return this.readInt16BE(offset);
    case 3: return readInt24BE(this, offset);
    case 4: return this.readInt32BE(offset);
    case 5: return readInt40BE(this, offset);
    case 6: return readInt48BE(this, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

// -- 64-bit reads: through scratch BigInt arrays sharing their bytes with a Uint8Array, which
// is faster than BigInt arithmetic ----------------------------------------------------------

const bigUint64Array = new BigUint64Array(1);
const bigInt64Array = new BigInt64Array(bigUint64Array.buffer);
const bigBytes = new Uint8Array(bigUint64Array.buffer);
// Byte i of a scratch array is the byte of significance i, or 7 - i on big-endian machines.
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function loadBig(buf, offset, littleEndian) {
  validateOffsetType(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  if (littleEndian !== bigEndian) {
    bigBytes[0] = first;
    for (let i = 1; i < 7; i++) bigBytes[i] = buf[offset + i];
    bigBytes[7] = last;
  } else {
    bigBytes[7] = first;
    for (let i = 1; i < 7; i++) bigBytes[7 - i] = buf[offset + i];
    bigBytes[0] = last;
  }
}

function readBigUInt64LE(offset = 0) {
  loadBig(this, offset, true);
  return bigUint64Array[0];
}

function readBigUInt64BE(offset = 0) {
  loadBig(this, offset, false);
  return bigUint64Array[0];
}

function readBigInt64LE(offset = 0) {
  loadBig(this, offset, true);
  return bigInt64Array[0];
}

function readBigInt64BE(offset = 0) {
  loadBig(this, offset, false);
  return bigInt64Array[0];
}

// -- floats: through a scratch typed array sharing bytes with a Uint8Array --------------------

const float32Array = new Float32Array(1);
const float32Bytes = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const float64Bytes = new Uint8Array(float64Array.buffer);
// "Forwards" reads and writes the machine's byte order, "Backwards" the other one.

function readFloatForwards(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  float32Bytes[0] = first;
  float32Bytes[1] = this[offset + 1];
  float32Bytes[2] = this[offset + 2];
  float32Bytes[3] = last;
  return float32Array[0];
}

function readFloatBackwards(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  float32Bytes[3] = first;
  float32Bytes[2] = this[offset + 1];
  float32Bytes[1] = this[offset + 2];
  float32Bytes[0] = last;
  return float32Array[0];
}

function readDoubleForwards(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  float64Bytes[0] = first;
  for (let i = 1; i < 7; i++) float64Bytes[i] = this[offset + i];
  float64Bytes[7] = last;
  return float64Array[0];
}

function readDoubleBackwards(offset = 0) {
  validateOffsetType(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  float64Bytes[7] = first;
  for (let i = 1; i < 7; i++) float64Bytes[7 - i] = this[offset + i];
  float64Bytes[0] = last;
  return float64Array[0];
}

function writeFloatForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset] = float32Bytes[0];
  this[offset + 1] = float32Bytes[1];
  this[offset + 2] = float32Bytes[2];
  this[offset + 3] = float32Bytes[3];
  return offset + 4;
}

function writeFloatBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset] = float32Bytes[3];
  this[offset + 1] = float32Bytes[2];
  this[offset + 2] = float32Bytes[1];
  this[offset + 3] = float32Bytes[0];
  return offset + 4;
}

function writeDoubleForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  for (let i = 0; i < 8; i++) this[offset + i] = float64Bytes[i];
  return offset + 8;
}

function writeDoubleBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  for (let i = 0; i < 8; i++) this[offset + i] = float64Bytes[7 - i];
  return offset + 8;
}

// -- integer writes: stores to a Uint8Array keep the low 8 bits of the integer part ----------

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateOffsetType(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeU_Int16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeU_Int16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset] = value >>> 8;
  buf[offset + 1] = value;
  return offset + 2;
}

function writeU_Int24LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  return offset + 3;
}

function writeU_Int24BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset] = value >>> 16;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value;
  return offset + 3;
}

function writeU_Int32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeU_Int32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset] = value >>> 24;
  buf[offset + 1] = value >>> 16;
  buf[offset + 2] = value >>> 8;
  buf[offset + 3] = value;
  return offset + 4;
}

function writeU_Int40LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  const high = Math.floor(value * 2 ** -32);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = high;
  return offset + 5;
}

function writeU_Int40BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset] = Math.floor(value * 2 ** -32);
  buf[offset + 1] = value >>> 24;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 8;
  buf[offset + 4] = value;
  return offset + 5;
}

function writeU_Int48LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const high = Math.floor(value * 2 ** -32);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = high;
  buf[offset + 5] = high >>> 8;
  return offset + 6;
}

function writeU_Int48BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const high = Math.floor(value * 2 ** -32);
  buf[offset] = high >>> 8;
  buf[offset + 1] = high;
  buf[offset + 2] = value >>> 24;
  buf[offset + 3] = value >>> 16;
  buf[offset + 4] = value >>> 8;
  buf[offset + 5] = value;
  return offset + 6;
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}

function writeUInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, 0, 0xffff);
}

function writeUInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, 0, 0xffff);
}

function writeUInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
}

function writeUInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
}

function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}

function writeInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
}

function writeInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
}

function writeInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeUIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, 0, 0xff);
    case 2: return writeU_Int16LE(this, value, offset, 0, 0xffff);
    case 3: return writeU_Int24LE(this, value, offset, 0, 0xffffff);
    case 4: return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
    case 5: return writeU_Int40LE(this, value, offset, 0, 0xffffffffff);
    case 6: return writeU_Int48LE(this, value, offset, 0, 0xffffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, 0, 0xff);
    case 2: return writeU_Int16BE(this, value, offset, 0, 0xffff);
    case 3: return writeU_Int24BE(this, value, offset, 0, 0xffffff);
    case 4: return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
    case 5: return writeU_Int40BE(this, value, offset, 0, 0xffffffffff);
    case 6: return writeU_Int48BE(this, value, offset, 0, 0xffffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, -0x80, 0x7f);
    case 2: return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
    case 3: return writeU_Int24LE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return writeU_Int40LE(this, value, offset, -0x8000000000, 0x7fffffffff);
    case 6: return writeU_Int48LE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return writeU_Int8(this, value, offset, -0x80, 0x7f);
    case 2: return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
    case 3: return writeU_Int24BE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return writeU_Int40BE(this, value, offset, -0x8000000000, 0x7fffffffff);
    case 6: return writeU_Int48BE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  boundsError(byteLength, 6, 'byteLength');
}

// BigInt writes. The mask keeps the low 64 bits (two's complement for negative values) and,
// for a Number, throws the engine's TypeError, as Node does.
function storeBig(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  bigUint64Array[0] = value & 0xffffffffffffffffn;
  if (littleEndian !== bigEndian) {
    for (let i = 0; i < 8; i++) buf[offset + i] = bigBytes[i];
  } else {
    for (let i = 0; i < 8; i++) buf[offset + i] = bigBytes[7 - i];
  }
  return offset + 8;
}

function writeBigU_Int64LE(buf, value, offset, min, max) {
  return storeBig(buf, value, offset, min, max, true);
}

function writeBigU_Int64BE(buf, value, offset, min, max) {
  return storeBig(buf, value, offset, min, max, false);
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}

// The methods every Buffer gets, in Node's order (it shows in Object.keys(Buffer.prototype)).
function addBufferPrototypeMethods(proto) {
  proto.readBigUInt64LE = readBigUInt64LE;
  proto.readBigUInt64BE = readBigUInt64BE;
  proto.readBigUint64LE = readBigUInt64LE;
  proto.readBigUint64BE = readBigUInt64BE;
  proto.readBigInt64LE = readBigInt64LE;
  proto.readBigInt64BE = readBigInt64BE;
  proto.writeBigUInt64LE = writeBigUInt64LE;
  proto.writeBigUInt64BE = writeBigUInt64BE;
  proto.writeBigUint64LE = writeBigUInt64LE;
  proto.writeBigUint64BE = writeBigUInt64BE;
  proto.writeBigInt64LE = writeBigInt64LE;
  proto.writeBigInt64BE = writeBigInt64BE;

  proto.readUIntLE = readUIntLE;
  proto.readUInt32LE = readUInt32LE;
  proto.readUInt16LE = readUInt16LE;
  proto.readUInt8 = readUInt8;
  proto.readUIntBE = readUIntBE;
  proto.readUInt32BE = readUInt32BE;
  proto.readUInt16BE = readUInt16BE;
  proto.readUintLE = readUIntLE;
  proto.readUint32LE = readUInt32LE;
  proto.readUint16LE = readUInt16LE;
  proto.readUint8 = readUInt8;
  proto.readUintBE = readUIntBE;
  proto.readUint32BE = readUInt32BE;
  proto.readUint16BE = readUInt16BE;
  proto.readIntLE = readIntLE;
  proto.readInt32LE = readInt32LE;
  proto.readInt16LE = readInt16LE;
  proto.readInt8 = readInt8;
  proto.readIntBE = readIntBE;
  proto.readInt32BE = readInt32BE;
  proto.readInt16BE = readInt16BE;

  proto.writeUIntLE = writeUIntLE;
  proto.writeUInt32LE = writeUInt32LE;
  proto.writeUInt16LE = writeUInt16LE;
  proto.writeUInt8 = writeUInt8;
  proto.writeUIntBE = writeUIntBE;
  proto.writeUInt32BE = writeUInt32BE;
  proto.writeUInt16BE = writeUInt16BE;
  proto.writeUintLE = writeUIntLE;
  proto.writeUint32LE = writeUInt32LE;
  proto.writeUint16LE = writeUInt16LE;
  proto.writeUint8 = writeUInt8;
  proto.writeUintBE = writeUIntBE;
  proto.writeUint32BE = writeUInt32BE;
  proto.writeUint16BE = writeUInt16BE;
  proto.writeIntLE = writeIntLE;
  proto.writeInt32LE = writeInt32LE;
  proto.writeInt16LE = writeInt16LE;
  proto.writeInt8 = writeInt8;
  proto.writeIntBE = writeIntBE;
  proto.writeInt32BE = writeInt32BE;
  proto.writeInt16BE = writeInt16BE;

  proto.readFloatLE = bigEndian ? readFloatBackwards : readFloatForwards;
  proto.readFloatBE = bigEndian ? readFloatForwards : readFloatBackwards;
  proto.readDoubleLE = bigEndian ? readDoubleBackwards : readDoubleForwards;
  proto.readDoubleBE = bigEndian ? readDoubleForwards : readDoubleBackwards;
  proto.writeFloatLE = bigEndian ? writeFloatBackwards : writeFloatForwards;
  proto.writeFloatBE = bigEndian ? writeFloatForwards : writeFloatBackwards;
  proto.writeDoubleLE = bigEndian ? writeDoubleBackwards : writeDoubleForwards;
  proto.writeDoubleBE = bigEndian ? writeDoubleForwards : writeDoubleBackwards;

  // The codecs are C functions taking the buffer as `this`, with Node's argument checks.
  proto.asciiSlice = binding.asciiSlice;
  proto.base64Slice = binding.base64Slice;
  proto.base64urlSlice = binding.base64urlSlice;
  proto.latin1Slice = binding.latin1Slice;
  proto.hexSlice = binding.hexSlice;
  proto.ucs2Slice = binding.ucs2Slice;
  proto.utf8Slice = binding.utf8Slice;
  proto.asciiWrite = binding.asciiWrite;
  proto.base64Write = binding.base64Write;
  proto.base64urlWrite = binding.base64urlWrite;
  proto.latin1Write = binding.latin1Write;
  proto.hexWrite = binding.hexWrite;
  proto.ucs2Write = binding.ucs2Write;
  proto.utf8Write = binding.utf8Write;
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  readUInt16BE,
  readUInt32BE,
};

// FastBuffer gets Buffer's methods when lib/buffer.js runs: make sure it has, whichever of
// the two modules was required first (fs and child_process wrap C results in FastBuffers).
require('buffer');
