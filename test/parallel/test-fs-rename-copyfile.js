'use strict';
// rename and copyFile (with COPYFILE_EXCL), and their errors naming both paths.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const src = tmpdir.resolve('src');
const dest = tmpdir.resolve('dest');
fs.writeFileSync(src, 'data', { mode: 0o640 });

fs.copyFileSync(src, dest);
assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'data');
assert.strictEqual(fs.statSync(dest).mode & 0o777, 0o640);
fs.copyFileSync(src, dest, 0);
assert.throws(() => fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile', path: src, dest,
  message: `EEXIST: file already exists, copyfile '${src}' -> '${dest}'`,
});
assert.throws(() => fs.copyFileSync(src, dest, 8), {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.copyFileSync(src, dest, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'mode must be int32 or null/undefined',
});
assert.throws(() => fs.copyFileSync(src, 5), { message: /"dest" argument/ });

const renamed = tmpdir.resolve('renamed');
fs.renameSync(dest, renamed);
assert.strictEqual(fs.existsSync(dest), false);
assert.strictEqual(fs.readFileSync(renamed, 'utf8'), 'data');
assert.throws(() => fs.renameSync(dest, renamed), {
  code: 'ENOENT', syscall: 'rename', path: dest, dest: renamed,
  message: `ENOENT: no such file or directory, rename '${dest}' -> '${renamed}'`,
});
assert.throws(() => fs.renameSync(5, renamed), { message: /"oldPath" argument/ });

fs.copyFile(src, tmpdir.resolve('cb'), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(tmpdir.resolve('cb'), 'utf8'), 'data');
  fs.copyFile(src, tmpdir.resolve('cb'), fs.constants.COPYFILE_EXCL, common.mustCall((err) => {
    assert.strictEqual(err.code, 'EEXIST');
    assert.strictEqual(err.dest, tmpdir.resolve('cb'));
    fs.rename(tmpdir.resolve('cb'), tmpdir.resolve('cb2'), common.mustSucceed(() => {
      assert.ok(fs.existsSync(tmpdir.resolve('cb2')));
    }));
  }));
}));
(async () => {
  await fs.promises.copyFile(src, tmpdir.resolve('p'));
  await fs.promises.rename(tmpdir.resolve('p'), tmpdir.resolve('p2'));
  assert.strictEqual(fs.readFileSync(tmpdir.resolve('p2'), 'utf8'), 'data');
  await assert.rejects(fs.promises.copyFile(tmpdir.resolve('none'), tmpdir.resolve('p3')),
                       { code: 'ENOENT', syscall: 'copyfile' });
})().then(common.mustCall());
