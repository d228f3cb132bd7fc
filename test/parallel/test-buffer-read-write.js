'use strict';
// Every read/write method for integers, BigInts and floats, with Node's range errors;
// swap16/32/64.
require('../common');
const assert = require('assert');

const b = Buffer.alloc(16);

// 8, 16 and 32 bits, both byte orders, with the lower-case aliases.
{
  assert.strictEqual(b.writeUInt8(255, 0), 1);
  assert.strictEqual(b.readUInt8(0), 255);
  assert.strictEqual(b.readInt8(0), -1);
  assert.strictEqual(b.readUint8, b.readUInt8);
  assert.strictEqual(b.writeInt8(-128, 1), 2);
  assert.strictEqual(b.readInt8(1), -128);

  assert.strictEqual(b.writeUInt16LE(0x1234, 0), 2);
  assert.strictEqual(b.toString('hex', 0, 2), '3412');
  assert.strictEqual(b.readUInt16BE(0), 0x3412);
  assert.strictEqual(b.writeInt16BE(-2, 2), 4);
  assert.strictEqual(b.readInt16BE(2), -2);
  assert.strictEqual(b.readUInt16LE(2), 0xfeff);

  assert.strictEqual(b.writeUInt32BE(0xdeadbeef, 4), 8);
  assert.strictEqual(b.toString('hex', 4, 8), 'deadbeef');
  assert.strictEqual(b.readUInt32LE(4), 0xefbeadde);
  assert.strictEqual(b.readInt32BE(4), -559038737);
  assert.strictEqual(b.writeInt32LE(-1, 8), 12);
  assert.strictEqual(b.readUInt32LE(8), 0xffffffff);
  assert.strictEqual(b.readUint32LE, b.readUInt32LE);
}

// Variable widths, 1 to 6 bytes.
{
  const c = Buffer.alloc(6);
  assert.strictEqual(c.writeUIntBE(0x123456789abc, 0, 6), 6);
  assert.strictEqual(c.toString('hex'), '123456789abc');
  assert.strictEqual(c.readUIntBE(0, 6), 0x123456789abc);
  assert.strictEqual(c.readUIntLE(0, 3), 0x563412);
  assert.strictEqual(c.writeIntLE(-0x123456, 0, 3), 3);
  assert.strictEqual(c.readIntLE(0, 3), -0x123456);
  assert.strictEqual(c.writeIntBE(-1, 0, 5), 5);
  assert.strictEqual(c.readIntBE(0, 5), -1);
  assert.throws(() => c.readUIntBE(0, 7), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
  });
  assert.throws(() => c.writeUIntLE(1, 0, 0), { code: 'ERR_OUT_OF_RANGE' });
}

// BigInt.
{
  const c = Buffer.alloc(8);
  assert.strictEqual(c.writeBigUInt64BE(0x0102030405060708n), 8);
  assert.strictEqual(c.toString('hex'), '0102030405060708');
  assert.strictEqual(c.readBigUInt64LE(), 0x0807060504030201n);
  c.writeBigInt64LE(-2n);
  assert.strictEqual(c.readBigInt64LE(0), -2n);
  assert.strictEqual(c.readBigUInt64LE(0), 2n ** 64n - 2n);
  assert.strictEqual(c.readBigUint64LE, c.readBigUInt64LE);
  assert.throws(() => c.writeBigInt64LE(2n ** 63n), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and ' +
      '< 2n ** 63n. Received 9_223_372_036_854_775_808n',
  });
  assert.throws(() => c.writeBigUInt64BE(-1n), { code: 'ERR_OUT_OF_RANGE' });
  // A Number is refused by the BigInt arithmetic itself.
  assert.throws(() => c.writeBigInt64BE(1), {
    name: 'TypeError', message: 'Cannot mix BigInt and other types, use explicit conversions',
  });
}

// Floats and doubles.
{
  const c = Buffer.alloc(8);
  assert.strictEqual(c.writeFloatLE(1.5, 0), 4);
  assert.strictEqual(c.toString('hex', 0, 4), '0000c03f');
  assert.strictEqual(c.readFloatLE(0), 1.5);
  c.writeFloatBE(0.1);
  assert.strictEqual(c.readFloatBE(), Math.fround(0.1));
  assert.strictEqual(c.writeDoubleBE(Math.PI), 8);
  assert.strictEqual(c.toString('hex'), '400921fb54442d18');
  assert.strictEqual(c.readDoubleBE(0), Math.PI);
  c.writeDoubleLE(-0);
  assert.ok(Object.is(c.readDoubleLE(0), -0));
  c.writeDoubleLE(NaN);
  assert.ok(Number.isNaN(c.readDoubleLE(0)));
  c.writeFloatLE(1e40);
  assert.strictEqual(c.readFloatLE(0), Infinity);
}

// Range errors: values, offsets and lengths.
{
  assert.throws(() => b.writeUInt8(256, 0), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
  });
  assert.throws(() => b.writeInt16LE(40000, 0), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "value" is out of range. It must be >= -32768 and <= 32767. ' +
      'Received 40000',
  });
  assert.throws(() => b.writeUInt32LE(2 ** 32, 0), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. ' +
      'Received 4294967296',
  });
  assert.throws(() => b.readUInt32LE(13), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 and <= 12. Received 13',
  });
  assert.throws(() => b.readUInt8(1.5), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
  });
  assert.throws(() => b.readInt16LE('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "offset" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => Buffer.alloc(2).readUInt32LE(0), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS',
    message: 'Attempt to access memory outside buffer bounds',
  });
  assert.throws(() => b.readDoubleLE(9), { code: 'ERR_OUT_OF_RANGE' });
}

// swap16/32/64 in place, with the size checks.
{
  const c = Buffer.from('0102030405060708', 'hex');
  assert.strictEqual(c.swap16(), c);
  assert.strictEqual(c.toString('hex'), '0201040306050807');
  c.swap16().swap32();
  assert.strictEqual(c.toString('hex'), '0403020108070605');
  c.swap32().swap64();
  assert.strictEqual(c.toString('hex'), '0807060504030201');
  assert.throws(() => Buffer.alloc(3).swap16(), {
    code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError',
    message: 'Buffer size must be a multiple of 16-bits',
  });
  assert.throws(() => Buffer.alloc(6).swap32(), {
    message: 'Buffer size must be a multiple of 32-bits',
  });
  assert.throws(() => Buffer.alloc(12).swap64(), {
    message: 'Buffer size must be a multiple of 64-bits',
  });
  // Large buffers too (the native path).
  const big = Buffer.alloc(1024);
  for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
  big.swap64();
  assert.deepStrictEqual([...big.subarray(0, 8)], [7, 6, 5, 4, 3, 2, 1, 0]);
}
