'use strict';
// Encoding and decoding in every encoding, with Node's handling of bad input.
require('../common');
const assert = require('assert');

const hex = (b) => b.toString('hex');

// UTF-8: invalid sequences decode to U+FFFD (one per maximal bad subpart), lone surrogates
// encode as EF BF BD.
{
  assert.strictEqual(Buffer.from([0x61, 0xff, 0x62]).toString(), 'a\ufffdb');
  assert.strictEqual(Buffer.from([0xe2, 0x82]).toString(), '\ufffd');
  assert.strictEqual(Buffer.from([0xe2, 0x82, 0x41]).toString(), '\ufffdA');
  assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98, 0x80]).toString(), '\u{1F600}');
  assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).toString(), '\ufffd\ufffd\ufffd');
  assert.strictEqual(Buffer.from([0xc0, 0xaf]).toString(), '\ufffd\ufffd');
  assert.strictEqual(Buffer.from([0xf4, 0x90, 0x80, 0x80]).toString(), '\ufffd\ufffd\ufffd\ufffd');
  assert.strictEqual(hex(Buffer.from('a\ud800b')), '61efbfbd62');
  assert.strictEqual(hex(Buffer.from('\udc00')), 'efbfbd');
  assert.strictEqual(hex(Buffer.from('\ud83d\ude00')), 'f09f9880');
  // A BOM is kept.
  assert.strictEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString(), '\ufeffA');
}

// UTF-16LE / UCS-2: an odd last byte is dropped.
{
  assert.strictEqual(hex(Buffer.from('a€', 'utf16le')), '6100ac20');
  assert.strictEqual(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2'), 'a');
  assert.strictEqual(Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le'), '\u{1F600}');
}

// latin1/binary and ascii.
{
  assert.strictEqual(hex(Buffer.from('aé€', 'latin1')), '61e9ac');
  assert.strictEqual(Buffer.from([0x61, 0xe9, 0xff]).toString('latin1'), 'aéÿ');
  assert.strictEqual(Buffer.from([0x61, 0xe9, 0xff]).toString('binary'), 'aéÿ');
  // ascii decoding clears the high bit.
  assert.strictEqual(Buffer.from([0x61, 0xe9, 0xff]).toString('ascii'), 'ai\x7f');
  assert.strictEqual(hex(Buffer.from('aé', 'ascii')), '61e9');
}

// base64 and base64url: whitespace and missing padding accepted, both alphabets decoded,
// decoding stops at the first '='.
{
  assert.strictEqual(Buffer.from('aGVs bG8\n', 'base64').toString(), 'hello');
  assert.strictEqual(Buffer.from('aGVsbG8', 'base64').toString(), 'hello');
  assert.strictEqual(hex(Buffer.from('-_-_', 'base64')), 'fbffbf');
  assert.strictEqual(hex(Buffer.from('+/+/', 'base64url')), 'fbffbf');
  assert.strictEqual(Buffer.from('aGk=aGk=', 'base64').toString(), 'hi');
  assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
  assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
  assert.strictEqual(Buffer.from('').toString('base64'), '');
  assert.strictEqual(Buffer.from('a', 'base64').length, 0);
  const all = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  assert.deepStrictEqual(Buffer.from(all.toString('base64'), 'base64'), all);
  assert.deepStrictEqual(Buffer.from(all.toString('base64url'), 'base64url'), all);
}

// hex: odd digits and bad characters end the decoding.
{
  assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
  assert.strictEqual(hex(Buffer.from('a', 'hex')), '');
  assert.strictEqual(hex(Buffer.from('12zz34', 'hex')), '12');
  assert.strictEqual(hex(Buffer.from('ABCDEF', 'hex')), 'abcdef');
}

// toString(encoding, start, end) clamps its range.
{
  const b = Buffer.from('hello world');
  assert.strictEqual(b.toString('utf8', 6), 'world');
  assert.strictEqual(b.toString('utf8', 0, 5), 'hello');
  assert.strictEqual(b.toString('utf8', -3, 100), 'hello world');
  assert.strictEqual(b.toString('utf8', 5, 2), '');
  assert.strictEqual(b.toString(undefined, 1, 3), 'el');
  assert.strictEqual(b.toString('hex', 0, 2), '6865');
  assert.throws(() => b.toString('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// write(string[, offset[, length]][, encoding]) returns the bytes written and never writes
// part of a character.
{
  const b = Buffer.alloc(6);
  assert.strictEqual(b.write('abc'), 3);
  assert.strictEqual(b.write('xy', 4), 2);
  assert.strictEqual(b.toString('latin1'), 'abc\0xy');
  assert.strictEqual(b.write('€€', 1), 3);
  assert.strictEqual(hex(b), '61e282ac7879');
  assert.strictEqual(b.write('ffee', 0, 'hex'), 2);
  assert.strictEqual(b.write('ffee', 4, 1, 'hex'), 1);
  assert.strictEqual(hex(b), 'ffee82acff79');
  assert.strictEqual(b.write('abc', 'latin1'), 3);
  assert.strictEqual(b.write('ab', 5, 'utf16le'), 0);
  assert.throws(() => b.write('a', 7), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 6. Received 7',
  });
  assert.throws(() => b.write(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'argument must be a string',
  });
  assert.throws(() => b.write('a', 0, 1, 'bad'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// Legacy encodings names and case.
{
  for (const enc of ['UTF8', 'Utf-8', 'UCS2', 'Latin1', 'BINARY', 'HEX', 'BASE64']) {
    assert.strictEqual(Buffer.from('ab', enc).toString(enc).length > 0, true, enc);
  }
}

// Large inputs round-trip in every encoding.
{
  const big = Buffer.alloc(1 << 20);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'utf16le']) {
    assert.ok(Buffer.from(big.toString(enc), enc).equals(big), enc);
  }
  const text = 'aé€\u{1F600}'.repeat(50000);
  assert.strictEqual(Buffer.from(text).toString(), text);
}
