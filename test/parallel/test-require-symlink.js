'use strict';
// Symlinked files and packages resolve to their real path: one module instance, and
// __filename/__dirname of the target. (The links are made here, in the tmp dir.)
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const realDir = tmpdir.resolve('real');
fs.mkdirSync(realDir);
fs.writeFileSync(path.join(realDir, 'target.js'),
                 'module.exports = { file: __filename, dir: __dirname };');
try {
  fs.symlinkSync(path.join(realDir, 'target.js'), tmpdir.resolve('link.js'));
  fs.mkdirSync(tmpdir.resolve('node_modules'));
  fs.symlinkSync(realDir, tmpdir.resolve('node_modules/linked'), 'dir');
} catch (err) {
  if (err.code === 'EPERM') common.skip('no permission to make symlinks');
  throw err;
}

const viaLink = require(tmpdir.resolve('link.js'));
const viaReal = require(path.join(realDir, 'target.js'));
assert.strictEqual(viaLink, viaReal);
assert.strictEqual(viaLink.file, path.join(realDir, 'target.js'));
assert.strictEqual(viaLink.dir, realDir);
assert.strictEqual(require.resolve(tmpdir.resolve('link')), path.join(realDir, 'target.js'));

const req = require('module').createRequire(tmpdir.resolve('x.js'));
assert.strictEqual(req.resolve('linked/target'), path.join(realDir, 'target.js'));
assert.strictEqual(req('linked/target'), viaReal);
