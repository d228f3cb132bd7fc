'use strict';
// realpath (resolved component by component, naming the failing lstat/stat) and
// realpath.native (one realpath(3) call), with encodings.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = fs.realpathSync(tmpdir.path);
fs.mkdirSync(path.join(root, 'real', 'inner'), { recursive: true });
fs.writeFileSync(path.join(root, 'real', 'inner', 'file'), '');
fs.symlinkSync('real', path.join(root, 'link1'));
fs.symlinkSync(path.join(root, 'link1', 'inner'), path.join(root, 'link2'));
fs.symlinkSync('loop-b', path.join(root, 'loop-a'));
fs.symlinkSync('loop-a', path.join(root, 'loop-b'));
fs.symlinkSync('nowhere', path.join(root, 'dangling'));

const expected = path.join(root, 'real', 'inner', 'file');
const viaLinks = path.join(root, 'link2', 'file');
assert.strictEqual(fs.realpathSync(viaLinks), expected);
assert.strictEqual(fs.realpathSync.native(viaLinks), expected);
assert.deepStrictEqual(fs.realpathSync(viaLinks, 'buffer'), Buffer.from(expected));
assert.deepStrictEqual(fs.realpathSync.native(viaLinks, { encoding: 'buffer' }),
                       Buffer.from(expected));
assert.strictEqual(fs.realpathSync(viaLinks, 'hex'), Buffer.from(expected).toString('hex'));
assert.strictEqual(fs.realpathSync('/'), '/');

const cwd = process.cwd();
process.chdir(root);
assert.strictEqual(fs.realpathSync('link1/../link2/./file'), expected);
assert.strictEqual(fs.realpathSync(Buffer.from('link1')), path.join(root, 'real'));
process.chdir(cwd);

assert.throws(() => fs.realpathSync(path.join(root, 'nope', 'x')), {
  code: 'ENOENT', syscall: 'lstat', path: path.join(root, 'nope'),
});
assert.throws(() => fs.realpathSync.native(path.join(root, 'nope', 'x')), {
  code: 'ENOENT', syscall: 'realpath', path: path.join(root, 'nope', 'x'),
});
assert.throws(() => fs.realpathSync(path.join(root, 'loop-a')), {
  code: 'ELOOP', syscall: 'stat', path: path.join(root, 'loop-a'),
});
assert.throws(() => fs.realpathSync(path.join(root, 'dangling')), {
  code: 'ENOENT', syscall: 'stat', path: path.join(root, 'dangling'),
});

fs.realpath(viaLinks, common.mustSucceed((p) => assert.strictEqual(p, expected)));
fs.realpath(viaLinks, 'buffer', common.mustSucceed((p) => {
  assert.deepStrictEqual(p, Buffer.from(expected));
}));
fs.realpath.native(viaLinks, common.mustSucceed((p) => assert.strictEqual(p, expected)));
fs.realpath(path.join(root, 'loop-a'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ELOOP');
  assert.strictEqual(err.syscall, 'stat');
}));
fs.realpath(path.join(root, 'nope'), common.mustCall((err) => {
  assert.strictEqual(err.syscall, 'lstat');
}));
fs.promises.realpath(viaLinks).then(common.mustCall((p) => assert.strictEqual(p, expected)));
assert.rejects(fs.promises.realpath(path.join(root, 'nope')), {
  code: 'ENOENT', syscall: 'realpath',
}).then(common.mustCall());
