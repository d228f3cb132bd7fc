'use strict';
// symlink, link and readlink: targets, types, encodings, and the two-path error messages.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const target = tmpdir.resolve('target');
fs.writeFileSync(target, 'content');
const sym = tmpdir.resolve('sym');
const hard = tmpdir.resolve('hard');

fs.symlinkSync('target', sym);
assert.strictEqual(fs.readlinkSync(sym), 'target');
assert.deepStrictEqual(fs.readlinkSync(sym, 'buffer'), Buffer.from('target'));
assert.strictEqual(fs.readlinkSync(sym, { encoding: 'base64' }),
                   Buffer.from('target').toString('base64'));
assert.strictEqual(fs.readFileSync(sym, 'utf8'), 'content');
fs.symlinkSync(tmpdir.path, tmpdir.resolve('dirlink'), 'dir');
fs.symlinkSync('target', tmpdir.resolve('filelink'), 'file');
assert.ok(fs.statSync(tmpdir.resolve('dirlink')).isDirectory());

fs.linkSync(target, hard);
assert.strictEqual(fs.statSync(target).nlink, 2);
assert.strictEqual(fs.statSync(hard).ino, fs.statSync(target).ino);

assert.throws(() => fs.symlinkSync('target', sym), {
  code: 'EEXIST', syscall: 'symlink', path: 'target', dest: sym,
  message: `EEXIST: file already exists, symlink 'target' -> '${sym}'`,
});
assert.throws(() => fs.linkSync(tmpdir.resolve('missing'), tmpdir.resolve('x')), {
  code: 'ENOENT', syscall: 'link',
  message: `ENOENT: no such file or directory, link '${tmpdir.resolve('missing')}' -> ` +
           `'${tmpdir.resolve('x')}'`,
});
assert.throws(() => fs.readlinkSync(target), {
  code: 'EINVAL', syscall: 'readlink', message: `EINVAL: invalid argument, readlink '${target}'`,
});
assert.throws(() => fs.symlinkSync('a', 'b', 'bogus'), {
  code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". Received "bogus"',
});
assert.throws(() => fs.readlinkSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (5)',
});
assert.throws(() => fs.linkSync(target, 5), { message: /"newPath" argument/ });

fs.symlink('target', tmpdir.resolve('sym2'), common.mustSucceed(() => {
  fs.readlink(tmpdir.resolve('sym2'), common.mustSucceed((value) => {
    assert.strictEqual(value, 'target');
  }));
}));
fs.link(target, tmpdir.resolve('hard2'), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(tmpdir.resolve('hard2'), 'utf8'), 'content');
}));
fs.link(target, hard, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.dest, hard);
}));
(async () => {
  await fs.promises.symlink('target', tmpdir.resolve('sym3'));
  assert.strictEqual(await fs.promises.readlink(tmpdir.resolve('sym3')), 'target');
  await fs.promises.link(target, tmpdir.resolve('hard3'));
  await assert.rejects(fs.promises.readlink(target), { code: 'EINVAL' });
})().then(common.mustCall());
