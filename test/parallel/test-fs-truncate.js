'use strict';
// truncate/ftruncate: lengths (negative ones clamp to 0), zero-filled growth, and errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('t');
fs.writeFileSync(file, 'abcdef');

fs.truncateSync(file, 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
fs.truncateSync(file, 5);
assert.deepStrictEqual([...fs.readFileSync(file)], [0x61, 0x62, 0x63, 0, 0]);
fs.truncateSync(file, -5);
assert.strictEqual(fs.statSync(file).size, 0);
fs.writeFileSync(file, 'abc');
fs.truncateSync(file);
assert.strictEqual(fs.statSync(file).size, 0);

const fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, 4);
assert.strictEqual(fs.fstatSync(fd).size, 4);
fs.ftruncateSync(fd);
assert.strictEqual(fs.fstatSync(fd).size, 0);
assert.throws(() => fs.ftruncateSync(fd, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "len" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.truncateSync(file, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "len" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.truncateSync(tmpdir.resolve('missing')), {
  code: 'ENOENT', syscall: 'open',
});

fs.ftruncate(fd, 2, common.mustSucceed(() => {
  assert.strictEqual(fs.fstatSync(fd).size, 2);
  fs.truncate(file, 7, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).size, 7);
    fs.truncate(file, common.mustSucceed(() => {
      assert.strictEqual(fs.statSync(file).size, 0);
      fs.closeSync(fd);
      fs.truncate(tmpdir.resolve('missing'), 1, common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOENT');
        (async () => {
          await fs.promises.truncate(file, 9);
          assert.strictEqual(fs.statSync(file).size, 9);
          const handle = await fs.promises.open(file, 'r+');
          await handle.truncate(1);
          await handle.close();
          assert.strictEqual(fs.statSync(file).size, 1);
        })().then(common.mustCall());
      }));
    }));
  }));
}));
