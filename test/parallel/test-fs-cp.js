'use strict';
// cp/cpSync/promises.cp: recursive trees with symlinks, filters, force/errorOnExist,
// dereference, verbatimSymlinks, preserveTimestamps, and the ERR_FS_CP_* errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
process.chdir(tmpdir.path);
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a', 'a');
fs.writeFileSync('src/sub/b', 'b');
fs.symlinkSync('a', 'src/lnk');
fs.chmodSync('src/a', 0o444);

assert.throws(() => fs.cpSync('src', 'dst'), {
  code: 'ERR_FS_EISDIR',
  name: 'SystemError',
  message: 'Path is a directory: cp returned EISDIR (src is a directory (not copied)) src',
});
fs.cpSync('src', 'dst', { recursive: true });
assert.deepStrictEqual(fs.readdirSync('dst', { recursive: true }).sort(),
                       ['a', 'lnk', 'sub', 'sub/b']);
assert.strictEqual(fs.readlinkSync('dst/lnk'), path.join(tmpdir.path, 'src', 'a'));
assert.strictEqual(fs.statSync('dst/a').mode & 0o777, 0o444);
assert.strictEqual(fs.readFileSync('dst/sub/b', 'utf8'), 'b');

fs.cpSync('src/a', 'new/deep/file');
assert.strictEqual(fs.readFileSync('new/deep/file', 'utf8'), 'a');
fs.cpSync('src/sub/b', 'new/deep/file');
assert.strictEqual(fs.readFileSync('new/deep/file', 'utf8'), 'b');
fs.cpSync('src/a', 'new/deep/file', { force: false });
assert.strictEqual(fs.readFileSync('new/deep/file', 'utf8'), 'b');
assert.throws(() => fs.cpSync('src/a', 'new/deep/file', { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
  message: 'Target already exists: cp returned EEXIST (new/deep/file already exists) ' +
           'new/deep/file',
});
assert.throws(() => fs.cpSync('src', 'src', { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: 'Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) src',
});
assert.throws(() => fs.cpSync('src', 'src/sub/x', { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: 'Invalid src or dest: cp returned EINVAL (cannot copy src to a subdirectory of ' +
           'self src/sub/x) src/sub/x',
});
assert.throws(() => fs.cpSync('src/a', 'dst'), {
  code: 'ERR_FS_CP_NON_DIR_TO_DIR',
  message: 'Cannot overwrite directory with non-directory: cp returned ENOTDIR (cannot ' +
           'overwrite directory dst with non-directory src/a) dst',
});
assert.throws(() => fs.cpSync('src', 'dst/a', { recursive: true }), {
  code: 'ERR_FS_CP_DIR_TO_NON_DIR',
});
assert.throws(() => fs.cpSync('missing', 'x'), { code: 'ENOENT', syscall: 'lstat' });

fs.cpSync('src', 'filtered', { recursive: true, filter: (src) => path.basename(src) !== 'b' });
assert.deepStrictEqual(fs.readdirSync('filtered', { recursive: true }).sort(),
                       ['a', 'lnk', 'sub']);
fs.cpSync('src', 'deref', { recursive: true, dereference: true });
assert.strictEqual(fs.lstatSync('deref/lnk').isSymbolicLink(), false);
fs.cpSync('src', 'verbatim', { recursive: true, verbatimSymlinks: true });
assert.strictEqual(fs.readlinkSync('verbatim/lnk'), 'a');
fs.utimesSync('src/sub/b', 1000, 2000);
fs.cpSync('src/sub/b', 'stamped', { preserveTimestamps: true });
assert.strictEqual(fs.statSync('stamped').mtimeMs, 2000000);

assert.throws(() => fs.cpSync('src', 'x', { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.cpSync('src', 'x', { filter: 'no' }), {
  message: 'The "options.filter" property must be of type function. Received type string (\'no\')',
});
assert.throws(() => fs.cpSync('src', 'x', { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "dereference" cannot be used in combination with option "verbatimSymlinks"',
});
assert.throws(() => fs.cpSync('src', 'x', { recursive: true, filter: async () => true }), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected boolean to be returned from the "filter" function but got an instance ' +
           'of Promise.',
});

fs.cp('src', 'cb', { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(fs.readdirSync('cb').sort(), ['a', 'lnk', 'sub']);
  fs.cp('src', 'cb', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_FS_EISDIR')));
}));
(async () => {
  await fs.promises.cp('src', 'p', { recursive: true, filter: async (src) => !src.endsWith('a') });
  assert.deepStrictEqual(fs.readdirSync('p').sort(), ['lnk', 'sub']);
  await assert.rejects(fs.promises.cp('src', 'src/sub/z', { recursive: true }),
                       { code: 'ERR_FS_CP_EINVAL' });
})().then(common.mustCall());
