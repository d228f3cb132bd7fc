// Flags: --expose-internals
'use strict';
// Checks our lib/internal/encoding.js against Node 20's TextEncoder/TextDecoder: random
// byte strings cut into random streaming calls, for every encoding we decode, with and
// without fatal/ignoreBOM, must give the same strings and errors; so must encodeInto() and
// the labels. encoding_binding is a stand-in built on Node's Buffer, with the interface
// src/encoding_binding.c provides. Run: node --expose-internals test/internal/test-encoding-harness.js
require('../common');
const assert = require('assert');
const { Buffer, isUtf8 } = require('buffer');
const { inspect } = require('util');
const h = require('./harness');

function asBytes(input) {
  return ArrayBuffer.isView(input) ?
    new Uint8Array(input.buffer, input.byteOffset, input.byteLength) :
    new Uint8Array(input);
}

// encodeUtf8String(str) -> new Uint8Array; encodeInto(str, u8) -> encodeIntoResults =
// [read, written]; decodeUTF8(bytes, ignoreBOM, fatal) -> string, or a TypeError with code
// ERR_ENCODING_INVALID_ENCODED_DATA when fatal and invalid.
function fakeEncodingBinding() {
  const encodeIntoResults = new Uint32Array(2);
  return {
    encodeIntoResults,
    encodeUtf8String(str) {
      return new Uint8Array(Buffer.from(str, 'utf8'));
    },
    encodeInto(str, dest) {
      const written = Buffer.from(dest.buffer, dest.byteOffset, dest.byteLength).write(str);
      let read = 0;
      let bytes = 0;
      while (read < str.length) {
        const cp = str.codePointAt(read);
        const length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (bytes + length > written) break;
        bytes += length;
        read += cp > 0xFFFF ? 2 : 1;
      }
      encodeIntoResults[0] = read;
      encodeIntoResults[1] = written;
    },
    decodeUTF8(input, ignoreBOM, fatal) {
      const bytes = asBytes(input);
      if (fatal && !isUtf8(bytes)) {
        const err = new TypeError('The encoded data was not valid for encoding utf-8');
        err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
        throw err;
      }
      let str = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      if (!ignoreBOM && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) {
        str = str.slice(1);
      }
      return str;
    },
  };
}

const ours = h.load('internal/encoding', {
  bindings: { encoding_binding: fakeEncodingBinding() },
});
const theirs = { TextDecoder, TextEncoder };

function describeError(err) {
  return `${err.name} ${err.code} ${err.message} ${String(err)} ${JSON.stringify(Object.keys(err))}`;
}

function outcome(fn) {
  try {
    return `ok ${inspect(fn(), { depth: 4 })}`;
  } catch (err) {
    return describeError(err);
  }
}

let compared = 0;
function same(what, fn) {
  compared++;
  assert.strictEqual(outcome(() => fn(ours)), outcome(() => fn(theirs)), what);
}

// Random streams.
let seed = 20240601;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const interesting = [0x00, 0x41, 0x7f, 0x80, 0x81, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
                     0xe0, 0xe2, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff, 0xfe, 0x90, 0x8f,
                     0xd8, 0xdc, 0xdb, 0xdf, 0x3d, 0x98];
function randomBytes() {
  const bytes = new Uint8Array(random(10));
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = random(3) ? interesting[random(interesting.length)] : random(256);
  }
  return bytes;
}

const encodings = ['utf-8', 'utf-8', 'utf-16le', 'utf-16be', 'latin1', 'ibm866', 'iso-8859-6',
                   'koi8-u', 'windows-874', 'windows-1253', 'macintosh'];
for (let i = 0; i < 6000; i++) {
  const encoding = encodings[random(encodings.length)];
  const options = { fatal: random(2) === 1, ignoreBOM: random(2) === 1 };
  const calls = [];
  for (let j = 1 + random(5); j > 0; j--) {
    const kind = random(6);
    calls.push([randomBytes(), kind === 0 ? undefined : { stream: kind < 4 }]);
  }
  same(`${encoding} ${inspect(options)} ${inspect(calls)}`, (m) => {
    const decoder = new m.TextDecoder(encoding, options);
    return calls.map(([bytes, opts]) => outcome(() => decoder.decode(bytes, opts)));
  });
}

// Whole single-byte tables, before and after streaming.
const everyByte = new Uint8Array(256).map((_, i) => i);
for (const encoding of ['ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5',
                        'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i',
                        'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'koi8-r',
                        'koi8-u', 'macintosh', 'windows-874', 'windows-1250', 'windows-1251',
                        'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255',
                        'windows-1256', 'windows-1257', 'windows-1258', 'x-mac-cyrillic']) {
  for (const fatal of [false, true]) {
    same(`table ${encoding} ${fatal}`, (m) => {
      const decoder = new m.TextDecoder(encoding, { fatal });
      return [outcome(() => decoder.decode(everyByte)),
              outcome(() => decoder.decode(everyByte, { stream: true })),
              outcome(() => decoder.decode(everyByte.subarray(0x80)))];
    });
  }
  for (let byte = 0x80; byte < 0x100; byte++) {
    same(`byte ${encoding} ${byte}`,
         (m) => new m.TextDecoder(encoding, { fatal: true }).decode(Uint8Array.of(byte)));
  }
}

// Inputs, options and errors on each decoding path.
const inputs = [undefined, null, 'abc', 5, {}, [], new ArrayBuffer(2), new SharedArrayBuffer(2),
                new DataView(new ArrayBuffer(3)), new Uint16Array([0x4142]), new Float64Array(1),
                Buffer.from('hi'), new Uint8Array(new SharedArrayBuffer(2))];
const decodeOptions = [undefined, null, 5, 'x', {}, { stream: 1 }, () => {}, [], true];
for (const encoding of ['utf-8', 'latin1', 'utf-16le', 'utf-16be', 'iso-8859-2']) {
  for (const streamedBefore of [false, true]) {
    const make = (m) => {
      const decoder = new m.TextDecoder(encoding);
      if (streamedBefore) decoder.decode(new Uint8Array(0), { stream: true });
      return decoder;
    };
    for (const input of inputs) {
      same(`decode ${encoding} ${streamedBefore} ${inspect(input)}`,
           (m) => make(m).decode(input));
    }
    for (const opts of decodeOptions) {
      same(`decode options ${encoding} ${streamedBefore} ${inspect(opts)}`,
           (m) => make(m).decode(Uint8Array.of(0x41, 0), opts));
    }
  }
  for (const opts of [undefined, null, 5, 'x', {}, { fatal: 1 }, { ignoreBOM: 'y' }, () => {},
                      [], true]) {
    same(`constructor options ${encoding} ${inspect(opts)}`, (m) => {
      const decoder = new m.TextDecoder(encoding, opts);
      return [decoder.encoding, decoder.fatal, decoder.ignoreBOM];
    });
  }
  for (const opts of [{}, { fatal: true }, { ignoreBOM: true }, { fatal: true, ignoreBOM: true }]) {
    same(`inspect ${encoding} ${inspect(opts)}`, (m) => {
      const decoder = new m.TextDecoder(encoding, opts);
      const shown = [inspect(decoder), inspect(decoder, { showHidden: true }),
                     inspect({ a: decoder }), inspect(decoder, { depth: -1 })];
      decoder.decode(new Uint8Array(0), { stream: true });
      shown.push(inspect(decoder, { showHidden: true }));
      return shown;
    });
  }
}

// Labels we decode (the multi-byte legacy encodings are left out).
for (const label of ['utf8', ' UTF-8 ', '\tutf-16\n', 'UNICODEFFFE', 'latin1', 'ASCII', 'l9',
                     'koi8-ru', 'x-mac-ukrainian', 'iso-8859-16', 'x-user-defined',
                     'iso-2022-kr', 'replacement', '', 'foo', '\vutf8', null, undefined, 5,
                     { toString() { return 'cp1250'; } }]) {
  same(`label ${inspect(label)}`, (m) => new m.TextDecoder(label).encoding);
}

// The prototypes, brand checks and TextEncoder.
same('prototypes', (m) => [m.TextDecoder.prototype, m.TextEncoder.prototype].map((proto) => [
  Object.getOwnPropertyNames(proto),
  Object.getOwnPropertyDescriptors(proto),
]));
same('instance symbols', (m) => [Object.getOwnPropertySymbols(new m.TextDecoder()).map(String),
                                 Object.getOwnPropertySymbols(new m.TextEncoder()).map(String)]);
for (const [what, fn] of [
  ['encoding this', (m) => Object.getOwnPropertyDescriptor(m.TextEncoder.prototype, 'encoding')
    .get.call({})],
  ['encode this', (m) => m.TextEncoder.prototype.encode.call(null)],
  ['encodeInto this', (m) => m.TextEncoder.prototype.encodeInto.call(5, 'a', new Uint8Array(2))],
  ['decode this', (m) => m.TextDecoder.prototype.decode.call({})],
  ['inspect this', (m) => inspect(Object.create(m.TextDecoder.prototype))],
  ['encoder inspect', (m) => [inspect(new m.TextEncoder()),
                              inspect(new m.TextEncoder(), { showHidden: true, colors: true }),
                              inspect(new m.TextEncoder(), { depth: -1 })]],
  ['subclasses', (m) => {
    class D extends m.TextDecoder {}
    class E extends m.TextEncoder {}
    return [inspect(new D()), inspect(new E())];
  }],
]) same(what, fn);

for (const dest of [5, undefined, null, {}, [1], new Int8Array(1), Buffer.alloc(1),
                    new Uint8Array(new SharedArrayBuffer(4))]) {
  same(`encodeInto dest ${inspect(dest)}`, (m) => new m.TextEncoder().encodeInto('ab', dest));
}
for (const src of [5, undefined, null, {}, Symbol('s'), 'x']) {
  same(`encodeInto src ${inspect(src)}`, (m) => new m.TextEncoder().encodeInto(src, new Uint8Array(4)));
  same(`encode ${inspect(src)}`, (m) => new m.TextEncoder().encode(src));
}
for (const str of ['', 'abc', 'héllo', '€', '😀', '\ud800', 'a\udc00b', '\ud83d\ude00x', 'xyz😀😀']) {
  for (let length = 0; length < 12; length++) {
    same(`encodeInto ${JSON.stringify(str)} ${length}`, (m) => {
      const dest = new Uint8Array(length);
      return [new m.TextEncoder().encodeInto(str, dest), dest];
    });
  }
  same(`encode ${JSON.stringify(str)}`, (m) => {
    const bytes = new m.TextEncoder().encode(str);
    return [bytes, Object.getPrototypeOf(bytes) === Uint8Array.prototype,
            bytes.buffer.byteLength === bytes.length];
  });
}

assert.ok(compared > 9000);
