'use strict';
// fork() with serialization 'advanced': V8's serializer carries what JSON cannot (Maps, Sets,
// Dates, BigInts, typed arrays, Buffers as Buffers, undefined, cycles), and a value it cannot
// clone throws at send(). serialization 'json' turns the same values into JSON.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send(m);
    if (m === 'end') process.disconnect();
  });
  return;
}

const cyclic = { name: 'c' };
cyclic.self = cyclic;
const value = {
  map: new Map([[1, { a: 2 }]]),
  set: new Set(['x']),
  date: new Date(1234),
  big: 2n ** 70n,
  buf: Buffer.from('buffer'),
  u16: new Uint16Array([1, 65535]),
  f64: new Float64Array([0.5]),
  slice: Buffer.from('abcdef').subarray(2, 4),
  undef: undefined,
  cyclic,
};

const advanced = fork(__filename, ['child'], { serialization: 'advanced' });
assert.throws(() => advanced.send({ f() {} }), (err) => {
  assert.strictEqual(err.constructor, Error);
  assert.match(err.message, /could not be cloned/);
  return true;
});
advanced.send(value);
advanced.send('end');
advanced.once('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, value);
  assert.ok(Buffer.isBuffer(m.buf));
  assert.ok(Buffer.isBuffer(m.slice));
  assert.strictEqual(m.slice.toString(), 'cd');
  assert.ok(!Buffer.isBuffer(m.u16));
  assert.strictEqual(m.cyclic.self, m.cyclic);
  assert.ok('undef' in m);
}));
advanced.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const json = fork(__filename, ['child'], { serialization: 'json' });
json.send({ date: new Date(0), buf: Buffer.from('hi'), undef: undefined, s: 'é\u2028' });
json.send('end');
json.once('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, {
    date: '1970-01-01T00:00:00.000Z',
    buf: { type: 'Buffer', data: [104, 105] },
    s: 'é\u2028',
  });
}));
json.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

assert.throws(() => fork(__filename, ['child'], { serialization: 'xml' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
