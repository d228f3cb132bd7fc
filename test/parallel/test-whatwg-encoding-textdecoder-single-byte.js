'use strict';
// Single-byte encodings. The windows-1252 labels (latin1, ascii, ...) decode each byte to the
// code point of the same value until the decoder first streams, as Node 20's fast path does;
// after that they use the windows-1252 table. The other legacy single-byte encodings use
// their tables throughout.
require('../common');
const assert = require('assert');

for (const label of ['latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'cp1252', 'windows-1252',
                     'l1', 'iso_8859-1:1987', 'x-cp1252', 'ansi_x3.4-1968']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'windows-1252');
}

const all = new Uint8Array(256).map((_, i) => i);
{
  const decoder = new TextDecoder('latin1');
  const identity = decoder.decode(all);
  assert.strictEqual(identity.length, 256);
  for (let i = 0; i < 256; i++) assert.strictEqual(identity.charCodeAt(i), i);

  assert.strictEqual(decoder.decode(Uint8Array.of(0x80, 0x9f), { stream: true }), '\u20ac\u0178');
  const table = decoder.decode(all);
  assert.strictEqual(table.charCodeAt(0x80), 0x20ac);
  assert.strictEqual(table.charCodeAt(0x81), 0x81);
  assert.strictEqual(table.charCodeAt(0x8a), 0x160);
  assert.strictEqual(table.charCodeAt(0x9f), 0x178);
  assert.strictEqual(table.charCodeAt(0xa0), 0xa0);
  assert.strictEqual(table.charCodeAt(0xff), 0xff);
  // No BOM handling for single-byte encodings.
  assert.strictEqual(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf)), '\u00ef\u00bb\u00bf');
}

for (const [label, encoding, bytes, expected] of [
  ['latin2', 'iso-8859-2', [0xa1, 0xb1, 0xff], '\u0104\u0105\u02d9'],
  ['cyrillic', 'iso-8859-5', [0xb0, 0xef, 0xf0], '\u0410\u044f\u2116'],
  ['greek', 'iso-8859-7', [0xc1, 0xe1], '\u0391\u03b1'],
  ['koi8-r', 'koi8-r', [0xc1, 0xe1], '\u0430\u0410'],
  ['cp1251', 'windows-1251', [0xc0, 0xff, 0x88], '\u0410\u044f\u20ac'],
  ['mac', 'macintosh', [0x80, 0xa5], '\u00c4\u2022'],
  ['ibm866', 'ibm866', [0x80, 0x1a, 0x7f], '\u0410\u001c\u001a'],
  ['dos-874', 'windows-874', [0xa1], '\u0e01'],
  ['x-mac-ukrainian', 'x-mac-cyrillic', [0x80], '\u0410'],
]) {
  const decoder = new TextDecoder(label);
  assert.strictEqual(decoder.encoding, encoding);
  assert.strictEqual(decoder.decode(Uint8Array.from(bytes)), expected, label);
  assert.strictEqual(decoder.decode(Uint8Array.of(0x41, 0x7a)), 'Az');
}
// No mapping: U+FFFD. (Node's ICU maps windows-874's gaps to private-use characters.)
assert.strictEqual(new TextDecoder('iso-8859-6').decode(Uint8Array.of(0xa1, 0x41)), '\ufffdA');
assert.strictEqual(new TextDecoder('windows-874').decode(Uint8Array.of(0xdb)), '\uf8c1');

// Input checks of the windows-1252 fast path.
assert.throws(() => new TextDecoder('latin1').decode('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ' +
    'ArrayBufferView.',
});
