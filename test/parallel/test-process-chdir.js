'use strict';
// process.chdir(directory) and process.cwd(): relative paths, Node's errors (with the
// directory we were in as path and the target as dest), and validation.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

assert.strictEqual(process.chdir.length, 1);
assert.strictEqual(process.cwd.length, 0);

tmpdir.refresh();
const start = process.cwd();
const base = fs.realpathSync(tmpdir.path);
const dir = path.join(base, 'dir with spaces ü');
fs.mkdirSync(dir);
const file = path.join(base, 'file');
fs.writeFileSync(file, '');

assert.strictEqual(process.chdir(dir), undefined);
assert.strictEqual(process.cwd(), dir);
process.chdir('..');
assert.strictEqual(process.cwd(), base);
process.chdir(`./${path.basename(dir)}/../${path.basename(dir)}`);
assert.strictEqual(process.cwd(), dir);
// Relative fs paths follow.
fs.writeFileSync('relative.txt', 'x');
assert.ok(fs.existsSync(path.join(dir, 'relative.txt')));

function chdirError(target, code, message) {
  assert.throws(() => process.chdir(target), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, 'chdir');
    assert.strictEqual(err.path, dir);
    assert.strictEqual(err.dest, target);
    assert.strictEqual(typeof err.errno, 'number');
    assert.strictEqual(err.message, `${code}: ${message}, chdir '${dir}' -> '${target}'`);
    return true;
  });
  assert.strictEqual(process.cwd(), dir);
}
chdirError(path.join(base, 'missing'), 'ENOENT', 'no such file or directory');
chdirError(file, 'ENOTDIR', 'not a directory');
chdirError(`${file}/x`, 'ENOTDIR', 'not a directory');

for (const [value, received] of [[undefined, 'undefined'], [null, 'null'],
                                 [1, 'type number (1)'],
                                 [Buffer.from(dir), 'an instance of Buffer'],
                                 [new URL(`file://${dir}`), 'an instance of URL']]) {
  assert.throws(() => process.chdir(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "directory" argument must be of type string. Received ${received}`,
  });
}

process.chdir(start);
assert.strictEqual(process.cwd(), start);
