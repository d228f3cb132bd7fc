'use strict';
// writeFile/appendFile in their three forms: strings in encodings, views, modes, flags, fds,
// flush, iterables (promises), and errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('out.txt');

fs.writeFileSync(file, 'héllo');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo');
fs.writeFileSync(file, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
fs.writeFileSync(file, 'ÿ', { encoding: 'latin1' });
assert.deepStrictEqual([...fs.readFileSync(file)], [0xff]);
fs.writeFileSync(file, new Uint16Array([0x6261]));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ab');
fs.writeFileSync(file, new DataView(new Uint8Array([0x41, 0x42]).buffer));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'AB');
fs.appendFileSync(file, 'CD');
fs.appendFileSync(file, Buffer.from('EF'));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ABCDEF');
fs.writeFileSync(file, '', { flush: true });
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');

const private_ = tmpdir.resolve('private');
fs.writeFileSync(private_, 'x', { mode: 0o600 });
assert.strictEqual(fs.statSync(private_).mode & 0o777, 0o600);
assert.throws(() => fs.writeFileSync(private_, 'x', { flag: 'wx' }), {
  code: 'EEXIST', syscall: 'open', path: private_,
});
assert.throws(() => fs.writeFileSync(tmpdir.path, 'x'), {
  code: 'EISDIR',
  message: `EISDIR: illegal operation on a directory, open '${tmpdir.path}'`,
});
assert.throws(() => fs.writeFileSync(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => fs.writeFileSync(file, 'x', { flush: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flush" property must be of type boolean. Received type number (1)',
});

// An fd writes where it is and stays open.
const fd = fs.openSync(file, 'w+');
fs.writeFileSync(fd, 'abc');
fs.writeFileSync(fd, 'def');
fs.appendFileSync(fd, 'g');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdefg');
fs.closeSync(fd);

const cbFile = tmpdir.resolve('cb.txt');
fs.writeFile(cbFile, 'one', common.mustSucceed(() => {
  fs.appendFile(cbFile, 'two', 'utf8', common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(cbFile, 'utf8'), 'onetwo');
  }));
}));
fs.writeFile(tmpdir.resolve('nodir', 'x'), 'x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));
fs.writeFile(tmpdir.resolve('aborted'), 'x', { signal: { aborted: true, reason: 'r' } },
             common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));

(async () => {
  const p = tmpdir.resolve('promise.txt');
  await fs.promises.writeFile(p, 'abc');
  await fs.promises.appendFile(p, Buffer.from('def'));
  assert.strictEqual(fs.readFileSync(p, 'utf8'), 'abcdef');
  await fs.promises.writeFile(p, ['x', Buffer.from('y'), new Uint8Array([0x7a])]);
  assert.strictEqual(fs.readFileSync(p, 'utf8'), 'xyz');
  await fs.promises.writeFile(p, (async function* () { yield '1'; yield '2'; })());
  assert.strictEqual(fs.readFileSync(p, 'utf8'), '12');
  await assert.rejects(fs.promises.writeFile(p, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.writeFile(tmpdir.path, 'x'), { code: 'EISDIR' });
})().then(common.mustCall());
