'use strict';
// The shape of the path module: the platform flavour is the default export, each flavour
// refers to both, path/posix and path/win32 are those same objects, sep and delimiter.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, process.platform === 'win32' ? path.win32 : path.posix);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path/posix'), path.posix);

assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');

for (const name of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative',
                    'toNamespacedPath', 'dirname', 'basename', 'extname', 'parse']) {
  assert.strictEqual(typeof path.posix[name], 'function', name);
  assert.strictEqual(path.posix[name].name, name);
  assert.strictEqual(typeof path.win32[name], 'function', name);
}
assert.strictEqual(path.basename.length, 2);
assert.strictEqual(path.resolve.length, 0);
assert.strictEqual(path.format.length, 1);
