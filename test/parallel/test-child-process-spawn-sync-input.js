'use strict';
// spawnSync's input: strings (encoded with options.encoding), Buffers, TypedArrays and
// DataViews written to the child's stdin; invalid inputs; a child that does not read.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Buffer } = require('buffer');

function cat(options) {
  const ret = spawnSync('cat', { encoding: 'utf8', ...options });
  assert.strictEqual(ret.status, 0);
  assert.strictEqual(ret.error, undefined);
  return ret.stdout;
}

assert.strictEqual(cat({ input: 'hello' }), 'hello');
assert.strictEqual(cat({ input: '\u00e9\u4e2d' }), '\u00e9\u4e2d');
assert.strictEqual(cat({ input: Buffer.from('buf') }), 'buf');
assert.strictEqual(cat({ input: new Uint8Array([0x41, 0x42]) }), 'AB');
assert.strictEqual(cat({ input: new Uint16Array([0x4241]) }), 'AB');
{
  const view = new DataView(new ArrayBuffer(4), 1, 2);
  view.setUint8(0, 0x43);
  view.setUint8(1, 0x44);
  assert.strictEqual(cat({ input: view }), 'CD');
}
// A string input is encoded with options.encoding.
assert.strictEqual(cat({ input: '414243', encoding: 'hex' }), '414243');
assert.strictEqual(spawnSync('cat', { input: '414243', encoding: 'hex' }).stdout, '414243');
assert.strictEqual(spawnSync('cat', { input: 'QUJD', encoding: 'base64' }).stdout, 'QUJD');
// (wc prints "3\n", which the output encoding shows as hex too.)
assert.strictEqual(spawnSync('wc', ['-c'], { input: '414243', encoding: 'hex' }).stdout, '330a');
// 'buffer' is no string encoding.
assert.throws(() => spawnSync('cat', { input: 'abc', encoding: 'buffer' }),
              { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });

// A falsy input means no input: the child reads end-of-file at once.
assert.strictEqual(cat({ input: '' }), '');
assert.strictEqual(cat({ input: null }), '');
assert.strictEqual(cat({}), '');

// Large inputs are written whole while the output is read.
{
  const input = 'x'.repeat(3 * 1024 * 1024);
  const ret = spawnSync('cat', { input, maxBuffer: Infinity });
  assert.strictEqual(ret.status, 0);
  assert.strictEqual(ret.stdout.length, input.length);
}

// Invalid inputs.
for (const input of [5, true, {}, [1, 2]]) {
  assert.throws(() => spawnSync('cat', { input }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.stdio\[0\]" property must be of type string or an instance of Buffer, TypedArray, or DataView\./,
  });
}

// A child that exits without reading its input: the write fails with EPIPE, which is
// reported once the child has been waited for.
{
  const ret = spawnSync('sh', ['-c', 'exit 3'], { input: 'x'.repeat(4 * 1024 * 1024) });
  assert.strictEqual(ret.status, 3);
  assert.strictEqual(ret.error.code, 'EPIPE');
  assert.strictEqual(ret.error.message, 'spawnSync sh EPIPE');
  assert.deepStrictEqual(ret.error.spawnargs, ['-c', 'exit 3']);
}
{
  const ret = spawnSync('head', ['-c', '10'], {
    input: 'y'.repeat(4 * 1024 * 1024), encoding: 'utf8',
  });
  assert.strictEqual(ret.status, 0);
  assert.strictEqual(ret.stdout, 'yyyyyyyyyy');
  assert.strictEqual(ret.error.code, 'EPIPE');
}
