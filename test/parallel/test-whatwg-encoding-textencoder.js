'use strict';
// TextEncoder: encode() and encodeInto() (partial writes never split a character, lone
// surrogates become U+FFFD), argument checks, brand checks and the prototype's shape.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');

const encoder = new TextEncoder();
assert.strictEqual(encoder.encoding, 'utf-8');

function bytes(u8) { return Array.from(u8); }

const encoded = encoder.encode('héllo €😀');
assert.ok(encoded instanceof Uint8Array);
assert.strictEqual(Object.getPrototypeOf(encoded), Uint8Array.prototype);
assert.strictEqual(encoded.buffer.byteLength, encoded.length);
assert.deepStrictEqual(bytes(encoded), [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0x20, 0xe2, 0x82,
                                        0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual(bytes(encoder.encode('\ud800')), [0xef, 0xbf, 0xbd]);
assert.deepStrictEqual(bytes(encoder.encode('a\udc00b')), [0x61, 0xef, 0xbf, 0xbd, 0x62]);
assert.strictEqual(encoder.encode().length, 0);
assert.strictEqual(encoder.encode(undefined).length, 0);
assert.deepStrictEqual(bytes(encoder.encode(null)), [0x6e, 0x75, 0x6c, 0x6c]);
assert.deepStrictEqual(bytes(encoder.encode(12)), [0x31, 0x32]);
assert.deepStrictEqual(bytes(encoder.encode({ toString() { return 'z'; } })), [0x7a]);
assert.throws(() => encoder.encode(Symbol('s')), TypeError);

{
  const dest = new Uint8Array(5);
  assert.deepStrictEqual(encoder.encodeInto('héllo', dest), { read: 4, written: 5 });
  assert.deepStrictEqual(bytes(dest), [0x68, 0xc3, 0xa9, 0x6c, 0x6c]);
  assert.deepStrictEqual(encoder.encodeInto('😀', new Uint8Array(3)), { read: 0, written: 0 });
  assert.deepStrictEqual(encoder.encodeInto('a😀', new Uint8Array(4)), { read: 1, written: 1 });
  assert.deepStrictEqual(encoder.encodeInto('😀x', new Uint8Array(10)), { read: 3, written: 5 });
  assert.deepStrictEqual(encoder.encodeInto('\ud800x', new Uint8Array(10)), { read: 2, written: 4 });
  assert.deepStrictEqual(encoder.encodeInto('', new Uint8Array(0)), { read: 0, written: 0 });
  // Any Uint8Array will do: a Buffer, a view with an offset, shared memory.
  const buf = Buffer.alloc(6);
  assert.deepStrictEqual(encoder.encodeInto('abc', buf.subarray(2, 4)), { read: 2, written: 2 });
  assert.deepStrictEqual(bytes(buf), [0, 0, 0x61, 0x62, 0, 0]);
  const shared = new Uint8Array(new SharedArrayBuffer(4));
  assert.deepStrictEqual(encoder.encodeInto('ab', shared), { read: 2, written: 2 });
}

for (const src of [5, undefined, null, {}, Symbol('s')]) {
  assert.throws(() => encoder.encodeInto(src, new Uint8Array(4)), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "src" argument must be of type string.' + common.invalidArgTypeHelper(src),
  });
}
for (const dest of [undefined, null, [1], new Int8Array(2), new Uint8ClampedArray(2),
                    new ArrayBuffer(2), new DataView(new ArrayBuffer(2))]) {
  assert.throws(() => encoder.encodeInto('a', dest), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "dest" argument must be an instance of Uint8Array.' +
      common.invalidArgTypeHelper(dest),
  });
}

const invalidThis = {
  code: 'ERR_INVALID_THIS',
  name: 'TypeError',
  message: 'Value of "this" must be of type TextEncoder',
};
const proto = TextEncoder.prototype;
assert.throws(() => Object.getOwnPropertyDescriptor(proto, 'encoding').get.call({}), invalidThis);
assert.throws(() => proto.encode.call({}, 'x'), invalidThis);
assert.throws(() => proto.encodeInto.call(null, 'x', new Uint8Array(1)), invalidThis);
assert.throws(() => TextEncoder(), TypeError);

assert.deepStrictEqual(Object.getOwnPropertyNames(proto),
                       ['constructor', 'encoding', 'encode', 'encodeInto']);
for (const name of ['encoding', 'encode', 'encodeInto']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(proto, name).enumerable, true);
}
assert.strictEqual(Object.prototype.toString.call(encoder), '[object TextEncoder]');
assert.strictEqual(TextEncoder.length, 0);
assert.strictEqual(proto.encodeInto.length, 2);
assert.strictEqual(inspect(encoder), '{ encoding: \'utf-8\' }');
assert.strictEqual(inspect(encoder, { showHidden: true }), '{ encoding: \'utf-8\' }');
assert.strictEqual(inspect({ a: { b: encoder } }), '{ a: { b: { encoding: \'utf-8\' } } }');
assert.strictEqual(inspect(encoder, { depth: -1 }), '[TextEncoder]');
assert.throws(() => inspect(Object.create(proto)), invalidThis);
