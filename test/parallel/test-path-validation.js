'use strict';
// Every path function rejects non-string arguments with ERR_INVALID_ARG_TYPE naming the
// argument as Node does; empty strings are valid everywhere.
require('../common');
const assert = require('assert');
const path = require('path');

const typeError = (name) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: new RegExp(`^The "${name.replace(/[[\]]/g, '\\$&')}" argument must be of type string`),
});

for (const flavor of [path.posix, path.win32]) {
  for (const bad of [null, undefined, 1, true, {}, [], Symbol('s')]) {
    assert.throws(() => flavor.join(bad), typeError('path'));
    assert.throws(() => flavor.join('a', bad), typeError('path'));
    assert.throws(() => flavor.resolve(bad), typeError('paths[0]'));
    assert.throws(() => flavor.resolve('a', bad), typeError('paths[1]'));
    assert.throws(() => flavor.normalize(bad), typeError('path'));
    assert.throws(() => flavor.isAbsolute(bad), typeError('path'));
    assert.throws(() => flavor.relative(bad, 'a'), typeError('from'));
    assert.throws(() => flavor.relative('a', bad), typeError('to'));
    assert.throws(() => flavor.parse(bad), typeError('path'));
    assert.throws(() => flavor.dirname(bad), typeError('path'));
    assert.throws(() => flavor.basename(bad), typeError('path'));
    assert.throws(() => flavor.extname(bad), typeError('path'));
    if (bad !== undefined) {
      assert.throws(() => flavor.basename('a', bad), typeError('suffix'));
      // The suffix is checked first.
      assert.throws(() => flavor.basename(bad, bad), typeError('suffix'));
    }
  }

  // Zero-length strings.
  const cwd = flavor === path.posix ? process.cwd() : path.win32.resolve(process.cwd());
  assert.strictEqual(flavor.join(''), '.');
  assert.strictEqual(flavor.join('', ''), '.');
  assert.strictEqual(flavor.normalize(''), '.');
  assert.strictEqual(flavor.isAbsolute(''), false);
  assert.strictEqual(flavor.resolve(''), cwd);
  assert.strictEqual(flavor.resolve('', ''), cwd);
  assert.strictEqual(flavor.relative('', cwd), '');
  assert.strictEqual(flavor.relative(cwd, ''), '');
  assert.strictEqual(flavor.dirname(''), '.');
  assert.strictEqual(flavor.basename(''), '');
  assert.strictEqual(flavor.extname(''), '');
}
