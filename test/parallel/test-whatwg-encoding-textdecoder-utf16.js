'use strict';
// TextDecoder for UTF-16LE and UTF-16BE: labels, BOMs, surrogate pairs and lone surrogates.
require('../common');
const assert = require('assert');

for (const label of ['utf-16', 'utf-16le', 'UTF-16LE', 'ucs-2', 'unicode', 'csunicode',
                     'iso-10646-ucs-2', 'unicodefeff']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-16le');
}
assert.strictEqual(new TextDecoder('unicodefffe').encoding, 'utf-16be');
assert.strictEqual(new TextDecoder('utf-16be').encoding, 'utf-16be');

const le = new TextDecoder('utf-16le');
const be = new TextDecoder('utf-16be');
assert.strictEqual(le.decode(Uint8Array.of(0x41, 0x00, 0xac, 0x20)), 'A€');
assert.strictEqual(be.decode(Uint8Array.of(0x00, 0x41, 0x20, 0xac)), 'A€');
assert.strictEqual(le.decode(Uint8Array.of(0x3d, 0xd8, 0x00, 0xde)), '😀');
assert.strictEqual(be.decode(Uint8Array.of(0xd8, 0x3d, 0xde, 0x00)), '😀');
assert.strictEqual(le.decode(new Uint16Array([0x48, 0x69]).buffer), 'Hi');
assert.strictEqual(le.decode(), '');

// BOM of the decoder's own byte order is dropped; the other one stays a character.
assert.strictEqual(le.decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00)), 'A');
assert.strictEqual(le.decode(Uint8Array.of(0xfe, 0xff, 0x41, 0x00)), '\ufffeA');
assert.strictEqual(be.decode(Uint8Array.of(0xfe, 0xff, 0x00, 0x41)), 'A');
assert.strictEqual(new TextDecoder('utf-16le', { ignoreBOM: true })
  .decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00)), '\ufeffA');

// Lone surrogates and odd bytes become U+FFFD.
assert.strictEqual(le.decode(Uint8Array.of(0x00, 0xd8, 0x41, 0x00, 0x00, 0xdc, 0x00, 0xd8)),
                   '\ufffdA\ufffd\ufffd');
assert.strictEqual(le.decode(Uint8Array.of(0x41)), '\ufffd');
assert.strictEqual(le.decode(Uint8Array.of(0x41, 0x00, 0x42)), 'A\ufffd');

// Large input goes through in one piece.
{
  const text = 'x€😀'.repeat(20000);
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  assert.strictEqual(le.decode(units), text);
}
