'use strict';
// rm/rmSync/promises.rm and rmdir({ recursive }): whole trees (symlinks are removed, not
// followed), force, the EISDIR refusal without recursive, and errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
let count = 0;
function makeTree() {
  const root = tmpdir.resolve(`tree${count++}`);
  fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(root, 'a', 'b', 'f'), 'x');
  fs.writeFileSync(path.join(root, 'g'), 'y');
  fs.symlinkSync(tmpdir.resolve('outside'), path.join(root, 'link'));
  return root;
}
fs.mkdirSync(tmpdir.resolve('outside'));
fs.writeFileSync(tmpdir.resolve('outside', 'keep'), '');

const tree = makeTree();
assert.throws(() => fs.rmSync(tree), {
  code: 'ERR_FS_EISDIR',
  name: 'SystemError',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${tree}`,
});
fs.rmSync(tree, { recursive: true });
assert.strictEqual(fs.existsSync(tree), false);
assert.strictEqual(fs.existsSync(tmpdir.resolve('outside', 'keep')), true);

const missing = tmpdir.resolve('missing');
assert.throws(() => fs.rmSync(missing), {
  code: 'ENOENT', syscall: 'lstat',
  message: `ENOENT: no such file or directory, lstat '${missing}'`,
});
fs.rmSync(missing, { force: true });
const file = tmpdir.resolve('file');
fs.writeFileSync(file, '');
fs.rmSync(file);
assert.strictEqual(fs.existsSync(file), false);
assert.throws(() => fs.rmSync(file, { force: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.force" property must be of type boolean. Received type string (\'yes\')',
});
assert.throws(() => fs.rmSync(file, { maxRetries: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxRetries" is out of range. It must be >= 0 && ' +
           '<= 4294967295. Received -1',
});

// rmdir: plain, then { recursive } (deprecated: DEP0147).
common.expectWarning('DeprecationWarning',
                     'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                     'will be removed. Use fs.rm(path, { recursive: true }) instead',
                     'DEP0147');
const tree2 = makeTree();
assert.throws(() => fs.rmdirSync(tree2), {
  code: 'ENOTEMPTY', syscall: 'rmdir', path: tree2,
});
fs.rmdirSync(tree2, { recursive: true });
assert.strictEqual(fs.existsSync(tree2), false);
fs.writeFileSync(file, '');
assert.throws(() => fs.rmdirSync(file, { recursive: true }), {
  code: 'ENOTDIR', message: `ENOTDIR: not a directory, rmdir '${file}'`,
});

const tree3 = makeTree();
fs.rm(tree3, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  fs.rm(tree3, { recursive: true }, common.mustSucceed(() => {
    assert.strictEqual(fs.existsSync(tree3), false);
    fs.rm(tree3, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
    fs.rm(tree3, { force: true }, common.mustSucceed());
  }));
}));

const tree4 = makeTree();
fs.rmdir(tree4, { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(tree4), false);
}));

(async () => {
  const tree5 = makeTree();
  await assert.rejects(fs.promises.rm(tree5), { code: 'ERR_FS_EISDIR' });
  await fs.promises.rm(tree5, { recursive: true, maxRetries: 2 });
  assert.strictEqual(fs.existsSync(tree5), false);
  await fs.promises.rm(tree5, { force: true });
  await assert.rejects(fs.promises.rm(tree5), { code: 'ENOENT' });
  await assert.rejects(fs.promises.rmdir(tree5), { code: 'ENOENT', syscall: 'rmdir' });
})().then(common.mustCall());
