'use strict';
// TextDecoder with { stream: true }: sequences split across calls are joined, the BOM is
// dropped once per stream, a final call without `stream` flushes what is left.
require('../common');
const assert = require('assert');

function decodeChunks(encoding, chunks, options) {
  const decoder = new TextDecoder(encoding, options);
  let out = '';
  for (const chunk of chunks) out += decoder.decode(Uint8Array.from(chunk), { stream: true });
  return out + decoder.decode();
}

// Every split of a text with 1- to 4-byte characters decodes the same.
{
  const text = 'a€😀é\u0800\uffff𐀀z';
  const bytes = Array.from(new TextEncoder().encode(text));
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const chunks = [bytes.slice(0, i), bytes.slice(i, j), bytes.slice(j)];
      assert.strictEqual(decodeChunks('utf-8', chunks), text, `split at ${i}, ${j}`);
    }
  }
  // One byte at a time.
  assert.strictEqual(decodeChunks('utf-8', bytes.map((b) => [b])), text);
}

{
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(Uint8Array.of(0xe2, 0x82), { stream: true }), '');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xac), { stream: true }), '€');
  // An unfinished sequence at the end of the stream is one U+FFFD.
  assert.strictEqual(decoder.decode(Uint8Array.of(0xf0, 0x9f), { stream: true }), '');
  assert.strictEqual(decoder.decode(), '\ufffd');
  // Bytes that can never continue are replaced at once, not held back.
  assert.strictEqual(decoder.decode(Uint8Array.of(0xe0, 0x80), { stream: true }), '\ufffd\ufffd');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xed, 0xa0), { stream: true }), '\ufffd\ufffd');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xf4, 0x90), { stream: true }), '\ufffd\ufffd');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xe2, 0x82), { stream: true }), '');
  assert.strictEqual(decoder.decode(Uint8Array.of(0x41)), '\ufffdA');
}

// BOM: dropped where the first text comes out, even when split; once per stream.
{
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(Uint8Array.of(0xef), { stream: true }), '');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xbb, 0xbf, 0x41), { stream: true }), 'A');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x42)), '\ufeffB');
  // The stream ended: the next one drops its BOM again.
  assert.strictEqual(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x43)), 'C');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf), { stream: true }), '');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf), { stream: true }),
                     '\ufeff');
  assert.strictEqual(decoder.decode(), '');
  assert.strictEqual(decoder.decode(new Uint8Array(0), { stream: true }), '');
  assert.strictEqual(decoder.decode(Uint8Array.of(0x80), { stream: true }), '\ufffd');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf)), '\ufeff');
}
assert.strictEqual(decodeChunks('utf-8', [[0xef, 0xbb], [0xbf, 0x41]], { ignoreBOM: true }),
                   '\ufeffA');

// UTF-16: odd bytes and surrogate pairs split across calls.
{
  const text = 'A€😀';
  const le = [0x41, 0x00, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde];
  const be = [0x00, 0x41, 0x20, 0xac, 0xd8, 0x3d, 0xde, 0x00];
  for (let i = 0; i <= le.length; i++) {
    assert.strictEqual(decodeChunks('utf-16le', [le.slice(0, i), le.slice(i)]), text);
    assert.strictEqual(decodeChunks('utf-16be', [be.slice(0, i), be.slice(i)]), text);
  }
  assert.strictEqual(decodeChunks('utf-16le', [[0xff], [0xfe, 0x41], [0x00]]), 'A');
  assert.strictEqual(decodeChunks('utf-16be', [[0xfe, 0xff, 0x00, 0x41]]), 'A');
  // Left over at the end: an odd byte or a lone lead surrogate.
  assert.strictEqual(decodeChunks('utf-16le', [[0x41, 0x00, 0x42]]), 'A\ufffd');
  assert.strictEqual(decodeChunks('utf-16le', [[0x41, 0x00, 0x3d, 0xd8]]), 'A\ufffd');
}

// The `stream` option is read once per call.
{
  const decoder = new TextDecoder('utf-16le');
  let reads = 0;
  decoder.decode(new Uint8Array(2), { get stream() { reads++; return true; } });
  assert.strictEqual(reads, 1);
  assert.throws(() => decoder.decode(new Uint8Array(2), 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.throws(() => decoder.decode('abc'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
      'ArrayBufferView.',
  });
}
