'use strict';
// readdir: sorted names, encodings, withFileTypes Dirents, recursive listings (breadth-first,
// names relative to the top; Dirents with their parent path), and errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const top = tmpdir.resolve('top');
fs.mkdirSync(path.join(top, 'sub', 'deep'), { recursive: true });
fs.writeFileSync(path.join(top, 'b.txt'), '');
fs.writeFileSync(path.join(top, 'a.txt'), '');
fs.writeFileSync(path.join(top, 'sub', 'c.txt'), '');
fs.writeFileSync(path.join(top, 'sub', 'deep', 'd.txt'), '');
fs.symlinkSync('a.txt', path.join(top, 'link'));

assert.deepStrictEqual(fs.readdirSync(top), ['a.txt', 'b.txt', 'link', 'sub']);
assert.deepStrictEqual(fs.readdirSync(top, 'buffer'),
                       ['a.txt', 'b.txt', 'link', 'sub'].map((n) => Buffer.from(n)));
assert.deepStrictEqual(fs.readdirSync(top, { encoding: 'hex' }),
                       ['a.txt', 'b.txt', 'link', 'sub'].map((n) => Buffer.from(n)
                         .toString('hex')));

const dirents = fs.readdirSync(top, { withFileTypes: true });
assert.deepStrictEqual(dirents.map((d) => d.name), ['a.txt', 'b.txt', 'link', 'sub']);
for (const d of dirents) {
  assert.ok(d instanceof fs.Dirent);
  assert.strictEqual(d.path, top);
  assert.strictEqual(d.parentPath, top);
}
assert.deepStrictEqual(dirents.map((d) => [d.isFile(), d.isDirectory(), d.isSymbolicLink()]),
                       [[true, false, false], [true, false, false], [false, false, true],
                        [false, true, false]]);
assert.deepStrictEqual(Object.keys(dirents[0]), ['name', 'parentPath', 'path']);

assert.deepStrictEqual(fs.readdirSync(top, { recursive: true }), [
  'a.txt', 'b.txt', 'link', 'sub', 'sub/c.txt', 'sub/deep', 'sub/deep/d.txt',
]);
assert.deepStrictEqual(
  fs.readdirSync(top, { recursive: true, withFileTypes: true })
    .map((d) => `${path.relative(top, d.parentPath)}:${d.name}`),
  [':a.txt', ':b.txt', ':link', ':sub', 'sub:c.txt', 'sub:deep', 'sub/deep:d.txt']);

const missing = tmpdir.resolve('missing');
assert.throws(() => fs.readdirSync(missing), {
  code: 'ENOENT', syscall: 'scandir', path: missing,
  message: `ENOENT: no such file or directory, scandir '${missing}'`,
});
assert.throws(() => fs.readdirSync(path.join(top, 'a.txt')), { code: 'ENOTDIR' });
assert.throws(() => fs.readdirSync(top, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});

fs.readdir(top, common.mustSucceed((names) => {
  assert.deepStrictEqual(names, ['a.txt', 'b.txt', 'link', 'sub']);
}));
fs.readdir(top, { withFileTypes: true }, common.mustSucceed((list) => {
  assert.strictEqual(list[3].isDirectory(), true);
}));
fs.readdir(top, { recursive: true }, common.mustSucceed((names) => {
  assert.deepStrictEqual(names.sort(), ['a.txt', 'b.txt', 'link', 'sub', 'sub/c.txt',
                                        'sub/deep', 'sub/deep/d.txt']);
}));
fs.readdir(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'scandir');
}));
(async () => {
  assert.deepStrictEqual(await fs.promises.readdir(path.join(top, 'sub')), ['c.txt', 'deep']);
  const list = await fs.promises.readdir(top, { withFileTypes: true });
  assert.strictEqual(list[2].isSymbolicLink(), true);
  assert.strictEqual((await fs.promises.readdir(top, { recursive: true })).length, 7);
  await assert.rejects(fs.promises.readdir(missing), { code: 'ENOENT' });
})().then(common.mustCall());
