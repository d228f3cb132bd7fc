'use strict';
// read/readSync and write/writeSync: positions (numbers, bigints, null for the current one),
// the options-object forms, strings in encodings, the callback results, and validation.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('rw');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);
assert.strictEqual(fs.writeSync(fd, 'ÿ', null, 'latin1'), 1);
assert.strictEqual(fs.writeSync(fd, '2122', null, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, Buffer.from('XYZ'), 1, 1, 0), 1);
assert.strictEqual(fs.writeSync(fd, Buffer.from('--'), { offset: 0, length: 2, position: 7 }),
                   2);
assert.strictEqual(fs.writeSync(fd, new Uint8Array([0x41])), 1);

const out = Buffer.alloc(16);
assert.strictEqual(fs.readSync(fd, out, 0, 16, 0), 10);
assert.strictEqual(out.toString('latin1', 0, 10), 'Y\xc3\xa9llo\xff--A');
assert.strictEqual(fs.readSync(fd, out, 0, 2, 1n), 2);
assert.strictEqual(out.toString('latin1', 0, 2), '\xc3\xa9');
assert.strictEqual(fs.readSync(fd, out, { position: 6 }), 4);
assert.strictEqual(fs.readSync(fd, out, { offset: 1, length: 1, position: 0 }), 1);
assert.strictEqual(out[1], 0x59);
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), 0, 0, 0), 0);
// Reading at the current position, at the end of the file: nothing.
assert.strictEqual(fs.readSync(fd, out, 0, 4, null), 0);

assert.throws(() => fs.readSync(fd, Buffer.alloc(1), 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 1. Received 5',
});
assert.throws(() => fs.readSync(fd, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
           "Received type string ('x')",
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'buffer' is empty and cannot be written. Received <Buffer >",
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(1), 0, 1, -2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "position" is out of range. It must be >= -1 && <= ' +
           '9007199254740991. Received -2',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(1), 0, 1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "position" argument must be of type bigint or integer. ' +
           "Received type string ('x')",
});
assert.throws(() => fs.writeSync(fd, Buffer.from('a'), 2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be <= 1. Received 2',
});
assert.throws(() => fs.writeSync(fd, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});

fs.read(fd, Buffer.alloc(3), 0, 3, 0, common.mustSucceed((bytesRead, buffer) => {
  assert.strictEqual(bytesRead, 3);
  assert.strictEqual(buffer.toString('latin1'), 'Y\xc3\xa9');
}));
fs.read(fd, { buffer: Buffer.alloc(2), position: 8 }, common.mustSucceed((n, buffer) => {
  assert.strictEqual(n, 2);
  assert.strictEqual(buffer.toString(), '-A');
}));
fs.read(fd, common.mustSucceed((n, buffer) => {
  assert.strictEqual(buffer.length, 16384);
}));
fs.read(fd, Buffer.alloc(4), 0, 0, 0, common.mustSucceed((n) => assert.strictEqual(n, 0)));
fs.write(fd, 'tail', 10, common.mustSucceed((written, string) => {
  assert.strictEqual(written, 4);
  assert.strictEqual(string, 'tail');
  fs.write(fd, Buffer.from('!'), 0, 1, 14, common.mustSucceed((n, buffer) => {
    assert.strictEqual(n, 1);
    assert.strictEqual(fs.readFileSync(file, 'latin1'), 'Y\xc3\xa9llo\xff--Atail!');
    (async () => {
      const { bytesRead, buffer: b } = await util.promisify(fs.read)(fd, Buffer.alloc(1), 0, 1,
                                                                     14);
      assert.strictEqual(bytesRead, 1);
      assert.strictEqual(b.toString(), '!');
      const { bytesWritten } = await util.promisify(fs.write)(fd, Buffer.from('?'), 0, 1, 15);
      assert.strictEqual(bytesWritten, 1);
      fs.closeSync(fd);
      fs.read(fd, Buffer.alloc(1), 0, 1, 0, common.mustCall((err, n) => {
        assert.strictEqual(err.code, 'EBADF');
        assert.strictEqual(err.syscall, 'read');
        assert.strictEqual(n, 0);
      }));
    })().then(common.mustCall());
  }));
}));
assert.throws(() => fs.write(fd, 'x', 0, 'utf8', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"cb\" argument must be of type function. Received type string ('utf8')",
});
