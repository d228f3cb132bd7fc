'use strict';
// Deterministic test data shared by the buffer benchmarks (not a benchmark itself).

// Text of `length` bytes: `ascii` is plain English-like text; `mixed` adds two-, three- and
// four-byte UTF-8 characters to it (about one character in eight).
function makeText(length, kind) {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'buffer', 'string', 'node',
                 'bytes', 'encode', 'decode', 'stream'];
  const extras = ['é', 'ü', 'ñ', '€', '中文', '😀'];
  const parts = [];
  let bytes = 0;
  let seed = 1;
  while (bytes < length) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const word = words[seed % words.length];
    const sep = kind === 'mixed' && seed % 8 === 0 ? extras[(seed >> 8) % extras.length] : ' ';
    parts.push(word, sep);
    bytes += word.length + Buffer.byteLength(sep);
  }
  const b = Buffer.from(parts.join(''));
  // Cut on a character boundary.
  let end = length;
  while (end > 0 && (b[end] & 0xc0) === 0x80) end--;
  return b.subarray(0, end).toString();
}

// `length` bytes: ASCII text, or any byte value.
function makeBytes(length, kind) {
  if (kind === 'ascii') return Buffer.from(makeText(length, 'ascii'));
  const b = Buffer.alloc(length);
  let seed = 7;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    b[i] = seed >> 16;
  }
  return b;
}

module.exports = { makeText, makeBytes };
