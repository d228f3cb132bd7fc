'use strict';
// TextDecoder with { fatal: true }: invalid input throws ERR_ENCODING_INVALID_ENCODED_DATA
// (a TypeError raised the way Node's C++ raises it), streaming or not, and the decoder
// recovers afterwards.
require('../common');
const assert = require('assert');

function invalid(encoding) {
  return (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
    assert.strictEqual(err.message, `The encoded data was not valid for encoding ${encoding}`);
    assert.deepStrictEqual(Object.keys(err), ['code']);
    return true;
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
for (const input of [[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x80],
                     [0xf4, 0x90, 0x80, 0x80], [0x41, 0xfe]]) {
  assert.throws(() => utf8.decode(Uint8Array.from(input)), invalid('utf-8'), `${input}`);
}
assert.strictEqual(utf8.decode(Uint8Array.of(0xe2, 0x82, 0xac)), '€');

{
  const decoder = new TextDecoder('utf-8', { fatal: true });
  assert.strictEqual(decoder.decode(Uint8Array.of(0xf0, 0x9f), { stream: true }), '');
  assert.throws(() => decoder.decode(), invalid('utf-8'));
  assert.strictEqual(decoder.decode(Uint8Array.of(0xf0, 0x9f), { stream: true }), '');
  assert.throws(() => decoder.decode(Uint8Array.of(0x41)), invalid('utf-8'));
  // The failed stream is gone: the decoder starts over.
  assert.strictEqual(decoder.decode(Uint8Array.of(0x42)), 'B');
  assert.throws(() => decoder.decode(Uint8Array.of(0xff), { stream: true }), invalid('utf-8'));
}

for (const encoding of ['utf-16le', 'utf-16be']) {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const le = encoding === 'utf-16le';
  const unit = (u) => (le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]);
  assert.throws(() => decoder.decode(Uint8Array.of(0x41)), invalid(encoding));
  assert.throws(() => decoder.decode(Uint8Array.from(unit(0xdc00))), invalid(encoding));
  assert.throws(() => decoder.decode(Uint8Array.from([...unit(0xd800), ...unit(0x41)])),
                invalid(encoding));
  assert.throws(() => decoder.decode(Uint8Array.from(unit(0xd83d))), invalid(encoding));
  assert.strictEqual(decoder.decode(Uint8Array.from([...unit(0xd83d), ...unit(0xde00)])), '😀');
  assert.strictEqual(decoder.decode(Uint8Array.from(unit(0xd83d)), { stream: true }), '');
  assert.strictEqual(decoder.decode(Uint8Array.from(unit(0xde00))), '😀');
}

// windows-1252 labels never fail; unmapped bytes of other single-byte encodings do.
assert.strictEqual(new TextDecoder('latin1', { fatal: true }).decode(Uint8Array.of(0x81)),
                   '\u0081');
assert.throws(() => new TextDecoder('iso-8859-3', { fatal: true }).decode(Uint8Array.of(0xa5)),
              invalid('iso-8859-3'));
assert.strictEqual(new TextDecoder('iso-8859-3').decode(Uint8Array.of(0xa5)), '\ufffd');
