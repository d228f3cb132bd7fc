'use strict';
// mkdir: modes, { recursive } returning the first directory made (as a prefix of the path
// given) or undefined, and the EEXIST/ENOTDIR/ENOENT errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
process.chdir(tmpdir.path);

assert.strictEqual(fs.mkdirSync('plain'), undefined);
assert.strictEqual(fs.statSync('plain').isDirectory(), true);
fs.mkdirSync('mode', 0o700);
assert.strictEqual(fs.statSync('mode').mode & 0o777, 0o700);
fs.mkdirSync('mode-str', { mode: '750' });
assert.strictEqual(fs.statSync('mode-str').mode & 0o777, 0o750);
assert.throws(() => fs.mkdirSync('plain'), {
  code: 'EEXIST', syscall: 'mkdir', path: 'plain',
  message: "EEXIST: file already exists, mkdir 'plain'",
});
assert.throws(() => fs.mkdirSync('a/b'), { code: 'ENOENT', syscall: 'mkdir', path: 'a/b' });

assert.strictEqual(fs.mkdirSync('a/b/c', { recursive: true }), 'a');
assert.strictEqual(fs.mkdirSync('a/b/c', { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync('a/b/c/d/', { recursive: true }), 'a/b/c/d/');
assert.strictEqual(fs.mkdirSync('./a//x/../y', { recursive: true }), './a//x');
assert.ok(fs.statSync('a/y').isDirectory());
assert.strictEqual(fs.mkdirSync(path.resolve('abs/one'), { recursive: true }),
                   path.resolve('abs'));
assert.strictEqual(fs.mkdirSync(Buffer.from('buf/dir'), { recursive: true }), 'buf');

fs.writeFileSync('file', '');
assert.throws(() => fs.mkdirSync('file', { recursive: true }), {
  code: 'EEXIST', message: "EEXIST: file already exists, mkdir 'file'",
});
assert.throws(() => fs.mkdirSync('file/sub/deeper', { recursive: true }), {
  code: 'ENOTDIR', syscall: 'mkdir', path: 'file/sub/deeper',
  message: "ENOTDIR: not a directory, mkdir 'file/sub/deeper'",
});
assert.throws(() => fs.mkdirSync('x', { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. ' +
           "Received type string ('yes')",
});
assert.throws(() => fs.mkdirSync('x', { mode: 'bad' }), { code: 'ERR_INVALID_ARG_VALUE' });

fs.mkdir('cb', common.mustSucceed((...args) => assert.deepStrictEqual(args, [])));
fs.mkdir('cb-rec/one/two', { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, 'cb-rec');
  fs.mkdir('cb-rec/one', { recursive: true }, common.mustSucceed((first) => {
    assert.strictEqual(first, undefined);
  }));
}));
fs.mkdir('plain', common.mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
fs.mkdir('file/x', { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
}));

(async () => {
  assert.strictEqual(await fs.promises.mkdir('p/q', { recursive: true }), 'p');
  assert.strictEqual(await fs.promises.mkdir('p/r'), undefined);
  await assert.rejects(fs.promises.mkdir('p'), { code: 'EEXIST', path: 'p' });
})().then(common.mustCall());
