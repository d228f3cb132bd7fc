'use strict';
// string_decoder: characters split across chunks, for each encoding.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Feeds the bytes one chunk at a time, for every way of cutting them in two and in single
// bytes, and checks the joined output.
function check(encoding, bytes, expected) {
  const buf = Buffer.from(bytes);
  for (let cut = 0; cut <= buf.length; cut++) {
    const d = new StringDecoder(encoding);
    const out = d.write(buf.subarray(0, cut)) + d.write(buf.subarray(cut)) + d.end();
    assert.strictEqual(out, expected, `${encoding} cut at ${cut}`);
  }
  const d = new StringDecoder(encoding);
  let out = '';
  for (const byte of buf) out += d.write(Buffer.from([byte]));
  assert.strictEqual(out + d.end(), expected, `${encoding} byte by byte`);
}

// UTF-8.
check('utf8', [0x61, 0xe2, 0x82, 0xac, 0x62], 'a€b');
check('utf8', [0xf0, 0x9f, 0x98, 0x80], '\u{1F600}');
check('utf8', [0xc3, 0xa9, 0xc3, 0xa9], 'éé');
{
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xe2, 0x82])), '');
  assert.strictEqual(d.lastNeed, 1);
  assert.strictEqual(d.lastTotal, 3);
  // An incomplete character at the end becomes U+FFFD.
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.write(Buffer.from([0xe2])), '');
  assert.strictEqual(d.write(Buffer.from('a')), '\ufffda');
  assert.strictEqual(d.end(Buffer.from([0xc3])), '\ufffd');
  // Invalid bytes are replaced as Buffer#toString replaces them.
  assert.strictEqual(d.write(Buffer.from([0xff, 0x61])), '\ufffda');
}

// UTF-16LE, including surrogate pairs split anywhere.
check('utf16le', [0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x62, 0x00], 'a\u{1F600}b');
{
  const d = new StringDecoder('ucs2');
  assert.strictEqual(d.write(Buffer.from([0x61])), '');
  assert.strictEqual(d.write(Buffer.from([0x00, 0x3d, 0xd8])), 'a');
  // A lone high surrogate at the end is returned as it is.
  assert.strictEqual(d.end(), '\ud83d');
}

// base64: output only for whole 3-byte groups until the end.
check('base64', [0x68, 0x65, 0x6c, 0x6c, 0x6f], 'aGVsbG8=');
check('base64url', [0xfb, 0xff, 0xbf, 0x01], '-_-_AQ');
{
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Buffer.from('he')), '');
  assert.strictEqual(d.write(Buffer.from('llo')), 'aGVs');
  assert.strictEqual(d.end(), 'bG8=');
}

// Single-byte encodings pass straight through.
check('latin1', [0x61, 0xe9], 'aé');
check('hex', [0xde, 0xad], 'dead');
check('ascii', [0x61, 0xe9], 'ai');

// Encoding names and errors.
{
  assert.strictEqual(new StringDecoder().encoding, 'utf8');
  assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
  assert.strictEqual(new StringDecoder('ucs-2').encoding, 'utf16le');
  assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
  assert.throws(() => new StringDecoder('nope'), {
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: nope',
  });
  const d = new StringDecoder();
  assert.strictEqual(d.write('a string passes'), 'a string passes');
  assert.throws(() => d.write(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ' +
      'Received type number (5)',
  });
  assert.strictEqual(d.write(new Uint8Array([0x68, 0x69])), 'hi');
  assert.strictEqual(d.text(Buffer.from('abc'), 1), 'bc');
}
