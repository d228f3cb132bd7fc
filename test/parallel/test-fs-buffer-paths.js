'use strict';
// Paths given as Buffers, including names that are not UTF-8, and names given back as
// Buffers with encoding: 'buffer'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = Buffer.from(tmpdir.path);
const raw = Buffer.from([0x66, 0xff, 0x67]);
const file = Buffer.concat([dir, Buffer.from('/'), raw]);

fs.writeFileSync(file, 'bytes');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'bytes');
assert.strictEqual(fs.statSync(file).size, 5);
assert.ok(fs.existsSync(file));
const names = fs.readdirSync(dir, 'buffer');
assert.deepStrictEqual(names, [raw]);
// As a string the name is decoded with replacement characters.
assert.deepStrictEqual(fs.readdirSync(tmpdir.path), ['f\ufffdg']);
fs.symlinkSync(raw, path.join(tmpdir.path, 'link'));
assert.deepStrictEqual(fs.readlinkSync(path.join(tmpdir.path, 'link'), 'buffer'), raw);
assert.throws(() => fs.statSync(Buffer.from('a\u0000b')), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. " +
           'Received <Buffer 61 00 62>',
});

fs.mkdirSync(path.join(tmpdir.path, 'tree', 'sub'), { recursive: true });
fs.writeFileSync(Buffer.concat([Buffer.from(path.join(tmpdir.path, 'tree', 'sub') + '/'), raw]),
                 '');
fs.rmSync(path.join(tmpdir.path, 'tree'), { recursive: true });
assert.strictEqual(fs.existsSync(path.join(tmpdir.path, 'tree')), false);

fs.readFile(file, 'utf8', common.mustSucceed((data) => {
  assert.strictEqual(data, 'bytes');
  fs.promises.stat(file).then(common.mustCall((s) => {
    assert.strictEqual(s.size, 5);
    fs.unlink(file, common.mustSucceed(() => assert.strictEqual(fs.existsSync(file), false)));
  }));
}));
