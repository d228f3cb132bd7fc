'use strict';
// path.resolve(): right-to-left joining until a path is absolute, the current directory as the
// last resort, normalization of the result; win32 drives, drive-relative paths and UNC roots.
require('../common');
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();

assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('a/b', '../c'), path.posix.join(cwd, 'a/c'));
assert.strictEqual(path.posix.resolve('/var/lib', '../', 'file/'), '/var/file');
assert.strictEqual(path.posix.resolve('/var/lib', '/../', 'file/'), '/file');
assert.strictEqual(path.posix.resolve('/some/dir', '.', '/absolute/'), '/absolute');
assert.strictEqual(path.posix.resolve('/foo/tmp.3/', '../tmp.3/cycles/root.js'),
                   '/foo/tmp.3/cycles/root.js');
assert.strictEqual(path.posix.resolve('/', '..', '..'), '/');
assert.strictEqual(path.posix.resolve('//a//b//'), '/a/b');

// Arguments left of an absolute one are not looked at, not even validated.
assert.strictEqual(path.posix.resolve(1, '/a'), '/a');
assert.throws(() => path.posix.resolve('/a', 1),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"paths\[1\]" argument/ });

const win32Cases = [
  [['c:/blah\\blah', 'd:/games', 'c:../a'], 'c:\\blah\\a'],
  [['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], 'd:\\e.exe'],
  [['c:/ignore', 'c:/some/file'], 'c:\\some\\file'],
  [['d:/ignore', 'd:some/dir//'], 'd:\\ignore\\some\\dir'],
  [['//server/share', '..', 'relative\\'], '\\\\server\\share\\relative'],
  [['c:/', '//'], 'c:\\'],
  [['c:/', '//dir'], 'c:\\dir'],
  [['c:/', '//server/share'], '\\\\server\\share\\'],
  [['c:/', '//server//share'], '\\\\server\\share\\'],
  [['c:/', '///some//dir'], 'c:\\some\\dir'],
  [['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], 'C:\\foo\\tmp.3\\cycles\\root.js'],
  [['\\\\?\\C:\\a', '..', 'b'], '\\\\?\\C:\\b'],
];
for (const [args, expected] of win32Cases) {
  assert.strictEqual(path.win32.resolve(...args), expected, JSON.stringify(args));
}
