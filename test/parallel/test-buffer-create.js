'use strict';
// Making Buffers: alloc, allocUnsafe (the pool), allocUnsafeSlow, from (every source), and
// the class's static helpers.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

// Buffer is a Uint8Array subclass.
{
  const b = Buffer.alloc(3);
  assert.ok(b instanceof Uint8Array);
  assert.ok(b instanceof Buffer);
  assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
  assert.strictEqual(Buffer.isBuffer(b), true);
  assert.strictEqual(Buffer.isBuffer(new Uint8Array(3)), false);
  assert.strictEqual(Buffer.isBuffer('abc'), false);
}

// alloc: zero-filled, or filled with a number, string (with encoding) or buffer.
{
  assert.deepStrictEqual([...Buffer.alloc(4)], [0, 0, 0, 0]);
  assert.deepStrictEqual([...Buffer.alloc(4, 257)], [1, 1, 1, 1]);
  assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [97, 98, 97, 98, 97]);
  assert.deepStrictEqual([...Buffer.alloc(4, 'aGk=', 'base64')], [104, 105, 104, 105]);
  assert.deepStrictEqual([...Buffer.alloc(3, Buffer.from([7, 8]))], [7, 8, 7]);
  assert.deepStrictEqual([...Buffer.alloc(3, '')], [0, 0, 0]);
  assert.strictEqual(Buffer.alloc(0).length, 0);
  assert.throws(() => Buffer.alloc(-1), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "size" is out of range. It must be >= 0 && <= ' +
      `${require('buffer').kMaxLength}. Received -1`,
  });
  assert.throws(() => Buffer.alloc('5'), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "size" argument must be of type number. Received type string (\'5\')',
  });
  assert.throws(() => Buffer.alloc(4, 'zz', 'hex'), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  });
  assert.throws(() => Buffer.alloc(4, 'a', 'nope'), {
    code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope',
  });
}

// allocUnsafe takes small buffers from a shared pool of Buffer.poolSize bytes.
{
  assert.strictEqual(Buffer.poolSize, 8192);
  const a = Buffer.allocUnsafe(10);
  const b = Buffer.allocUnsafe(10);
  assert.strictEqual(a.length, 10);
  assert.strictEqual(a.buffer.byteLength, 8192);
  assert.strictEqual(a.buffer, b.buffer);
  assert.ok(b.byteOffset >= a.byteOffset + 10);
  // Large ones and allocUnsafeSlow get their own memory.
  const big = Buffer.allocUnsafe(8192);
  assert.strictEqual(big.byteOffset, 0);
  assert.strictEqual(big.buffer.byteLength, 8192);
  const slow = Buffer.allocUnsafeSlow(10);
  assert.strictEqual(slow.byteOffset, 0);
  assert.strictEqual(slow.buffer.byteLength, 10);
  assert.throws(() => Buffer.allocUnsafe(-5), { code: 'ERR_OUT_OF_RANGE' });
}

// from(array | array-like): values taken modulo 256.
{
  assert.deepStrictEqual([...Buffer.from([1, 256, -1, 3.7, '5', NaN])], [1, 0, 255, 3, 5, 0]);
  assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 9, 1: 10 })], [9, 10]);
  assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 258]))], [1, 2]);
  // A Buffer is copied.
  const src = Buffer.from([1, 2]);
  const copy = Buffer.from(src);
  copy[0] = 99;
  assert.strictEqual(src[0], 1);
  // The JSON form of a Buffer comes back.
  assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [4, 5] })], [4, 5]);
}

// from(ArrayBuffer, byteOffset, length) shares the memory.
{
  const ab = new ArrayBuffer(8);
  const view = new Uint8Array(ab);
  const b = Buffer.from(ab, 2, 3);
  assert.strictEqual(b.length, 3);
  assert.strictEqual(b.byteOffset, 2);
  b[0] = 42;
  assert.strictEqual(view[2], 42);
  assert.strictEqual(Buffer.from(ab, 6).length, 2);
  assert.throws(() => Buffer.from(ab, 9), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
    message: '"offset" is outside of buffer bounds',
  });
  assert.throws(() => Buffer.from(ab, 2, 7), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
  });
  const shared = new SharedArrayBuffer(4);
  Buffer.from(shared)[1] = 7;
  assert.strictEqual(new Uint8Array(shared)[1], 7);
}

// from(string[, encoding]).
{
  assert.strictEqual(Buffer.from('héllo').toString('hex'), '68c3a96c6c6f');
  assert.strictEqual(Buffer.from('héllo', 'latin1').toString('hex'), '68e96c6c6f');
  assert.strictEqual(Buffer.from('aGVsbG8', 'base64').toString(), 'hello');
  assert.strictEqual(Buffer.from('68656c6c6f', 'hex').toString(), 'hello');
  assert.strictEqual(Buffer.from('hi', 'UTF-16LE').toString('hex'), '68006900');
  assert.throws(() => Buffer.from('x', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// from(object with valueOf or Symbol.toPrimitive).
{
  assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
  const prim = { [Symbol.toPrimitive]() { return 'xyz'; } };
  assert.strictEqual(Buffer.from(prim).toString(), 'xyz');
  const vo = { valueOf() { return [1, 2]; } };
  assert.deepStrictEqual([...Buffer.from(vo)], [1, 2]);
}

// from() refuses what it cannot use.
for (const bad of [5, true, null, undefined, Symbol('s'), () => {}]) {
  assert.throws(() => Buffer.from(bad), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object\./,
  });
}

// isEncoding, byteLength.
{
  for (const enc of ['utf8', 'UTF-8', 'utf16le', 'ucs2', 'ucs-2', 'latin1', 'binary', 'ascii',
                     'base64', 'base64url', 'hex']) {
    assert.strictEqual(Buffer.isEncoding(enc), true, enc);
  }
  for (const enc of ['utf32', '', 'nope', 1, null]) assert.strictEqual(Buffer.isEncoding(enc), false);
  assert.strictEqual(Buffer.byteLength('héllo'), 6);
  assert.strictEqual(Buffer.byteLength('héllo', 'latin1'), 5);
  assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
  assert.strictEqual(Buffer.byteLength('aGVsbG8', 'base64url'), 5);
  assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
  assert.strictEqual(Buffer.byteLength('ab', 'utf16le'), 4);
  assert.strictEqual(Buffer.byteLength('\u{1F600}'), 4);
  assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
  assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
  assert.throws(() => Buffer.byteLength(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "string" argument must be of type string or an instance of Buffer or ' +
      'ArrayBuffer. Received type number (5)',
  });
}

// The buffer module's other exports.
{
  const buffer = require('buffer');
  assert.strictEqual(buffer.kMaxLength, buffer.constants.MAX_LENGTH);
  assert.strictEqual(buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH);
  assert.ok(buffer.kMaxLength >= 2 ** 31 - 1);
  assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
  const slow = new buffer.SlowBuffer(4);
  assert.ok(slow instanceof Buffer);
  assert.strictEqual(slow.length, 4);
  assert.strictEqual(buffer.isUtf8(Buffer.from('héllo')), true);
  assert.strictEqual(buffer.isUtf8(Buffer.from([0xc3])), false);
  assert.strictEqual(buffer.isAscii(Buffer.from('hello')), true);
  assert.strictEqual(buffer.isAscii(Buffer.from('héllo')), false);
  assert.strictEqual(buffer.transcode(Buffer.from('hé'), 'utf8', 'latin1').toString('hex'), '68e9');
  assert.strictEqual(buffer.transcode(Buffer.from('hé'), 'utf8', 'ucs2').toString('hex'),
                     '6800e900');
  assert.strictEqual(buffer.transcode(Buffer.from('h€'), 'utf8', 'ascii').toString(), 'h?');
  assert.strictEqual(buffer.btoa('hello'), 'aGVsbG8=');
  assert.strictEqual(buffer.atob(' aGVs bG8= '), 'hello');
  assert.throws(() => buffer.atob('a'), { name: 'InvalidCharacterError' });
  assert.throws(() => buffer.btoa('€'), { name: 'InvalidCharacterError' });
}
