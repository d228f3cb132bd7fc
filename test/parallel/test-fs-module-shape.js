'use strict';
// The fs and fs/promises exports: names, fs.constants, fs.promises identity, promisify hooks.
require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');

const expected = [
  'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync', 'chmod',
  'chmodSync', 'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync',
  'createReadStream', 'createWriteStream', 'exists', 'existsSync',
  'fchown', 'fchownSync', 'fchmod', 'fchmodSync', 'fdatasync', 'fdatasyncSync', 'fstat',
  'fstatSync', 'fsync', 'fsyncSync', 'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync',
  'lchown', 'lchownSync', 'lchmod', 'lchmodSync', 'link', 'linkSync', 'lstat', 'lstatSync',
  'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'open', 'openSync',
  'openAsBlob', 'readdir', 'readdirSync', 'read', 'readSync', 'readv', 'readvSync', 'readFile',
  'readFileSync', 'readlink', 'readlinkSync', 'realpath', 'realpathSync', 'rename',
  'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs', 'statSync',
  'statfsSync', 'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'unwatchFile', 'unlink',
  'unlinkSync', 'utimes', 'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync',
  'write', 'writeSync', 'writev', 'writevSync', 'Dirent', 'Stats', 'ReadStream', 'WriteStream',
  'FileReadStream', 'FileWriteStream', '_toUnixTimestamp', 'Dir', 'opendir', 'opendirSync',
  'F_OK', 'R_OK', 'W_OK', 'X_OK', 'constants', 'promises',
];
assert.deepStrictEqual(Object.keys(fs), expected);

assert.strictEqual(typeof fs.realpathSync.native, 'function');
assert.strictEqual(typeof fs.realpath.native, 'function');
assert.strictEqual(require('fs/promises'), fs.promises);
assert.strictEqual(require('node:fs/promises'), fs.promises);
assert.strictEqual(fs.promises.constants, fs.constants);
assert.deepStrictEqual(Object.keys(fs.promises), [
  'access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir',
  'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'statfs', 'link', 'unlink', 'chmod',
  'lchmod', 'lchown', 'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp', 'writeFile',
  'appendFile', 'readFile', 'watch', 'constants',
]);

const c = fs.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.strictEqual(c.O_RDONLY, 0);
assert.strictEqual(c.O_WRONLY, 1);
assert.strictEqual(c.O_RDWR, 2);
assert.strictEqual(c.S_IFMT, 0o170000);
assert.strictEqual(c.S_IFREG, 0o100000);
assert.strictEqual(c.S_IFDIR, 0o40000);
assert.strictEqual(c.COPYFILE_EXCL, 1);
assert.strictEqual(c.COPYFILE_FICLONE, 2);
assert.strictEqual(c.COPYFILE_FICLONE_FORCE, 4);
assert.strictEqual(c.UV_FS_SYMLINK_DIR, 1);
assert.strictEqual(c.UV_DIRENT_DIR, 2);

// util.promisify: read/write resolve to objects, exists to a boolean.
assert.strictEqual(typeof util.promisify(fs.read), 'function');
assert.strictEqual(typeof fs.exists[util.promisify.custom], 'function');
