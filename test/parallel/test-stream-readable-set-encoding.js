'use strict';
// setEncoding() (and the encoding option): chunks come out as strings, characters split
// across chunks are joined, bytes already buffered are converted, and an incomplete
// character at the end becomes U+FFFD.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  const text = Buffer.from('€uro ünïcödé');
  r.push(text.subarray(0, 1));
  r.push(text.subarray(1, 2));
  assert.strictEqual(r.setEncoding('utf8'), r);
  assert.strictEqual(r.readableEncoding, 'utf8');
  // The first two bytes of '€' are waiting in the decoder.
  assert.strictEqual(r.readableLength, 0);
  r.push(text.subarray(2, 5));
  r.push(text.subarray(5));
  // Lengths count characters now.
  assert.strictEqual(r.readableLength, 12);
  assert.strictEqual(r.read(3), '€ur');
  assert.strictEqual(r.read(100), null);
  assert.strictEqual(r.read(), 'o ünïcödé');
  r.push(Buffer.from([0xe2]));
  r.push(null);
  r.on('data', common.mustCall((chunk) => {
    assert.strictEqual(chunk, '\ufffd');
  }));
  r.on('end', common.mustCall());
}

// Four-byte characters split over pushes, in flowing mode.
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const chunks = [];
  r.on('data', (chunk) => chunks.push(chunk));
  r.push(Buffer.from([0xf0, 0x9f]));
  r.push(Buffer.from([0x98, 0x80]));
  r.push(null);
  r.on('end', common.mustCall(() => {
    assert.deepStrictEqual(chunks, ['😀']);
  }));
}

// The encoding option; 'hex' and 'base64'.
{
  const r = new Readable({ read() {}, encoding: 'hex' });
  assert.strictEqual(r.readableEncoding, 'hex');
  r.push('ab');
  r.push(Buffer.from([1, 2]));
  assert.strictEqual(r.read(), '61620102');

  const b64 = new Readable({ read() {}, encoding: 'base64' });
  const out = [];
  b64.on('data', (chunk) => out.push(chunk));
  b64.on('end', common.mustCall(() => {
    assert.strictEqual(out.join(''), 'YWJjZA==');
  }));
  b64.push('abcd');
  b64.push(null);
}

// Strings pushed in the stream's own encoding are taken as they are.
{
  const r = new Readable({ read() {} });
  r.setEncoding('hex');
  r.unshift('ab', 'utf8');
  r.unshift('cd');
  r.push('ef', 'hex');
  assert.strictEqual(r.read(), '63646162ef');
}

// setEncoding('UTF-8') normalises the name.
{
  const r = new Readable({ read() {} });
  r.setEncoding('UTF-8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  assert.throws(() => r.setEncoding('nope'), {
    code: 'ERR_UNKNOWN_ENCODING',
    name: 'TypeError',
    message: 'Unknown encoding: nope',
  });
}
