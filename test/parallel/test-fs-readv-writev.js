'use strict';
// readv/writev: several buffers in one call, at a position or the current one.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('vec');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), new Uint8Array([0x63]),
                                      Buffer.from('def')]), 6);
assert.strictEqual(fs.writevSync(fd, []), 0);
assert.strictEqual(fs.writevSync(fd, [Buffer.from('Z')], 0), 1);
const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
assert.strictEqual(fs.readvSync(fd, bufs, 1), 5);
assert.deepStrictEqual(bufs.map(String), ['bc', 'def']);
assert.throws(() => fs.readvSync(fd, [5]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received an instance of Array',
});
assert.throws(() => fs.writevSync(fd, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

fs.writev(fd, [Buffer.from('12'), Buffer.from('3')], 6, common.mustSucceed((n, buffers) => {
  assert.strictEqual(n, 3);
  assert.strictEqual(buffers.length, 2);
  const into = [Buffer.alloc(4), Buffer.alloc(5)];
  fs.readv(fd, into, 0, common.mustSucceed((read, buffers) => {
    assert.strictEqual(read, 9);
    assert.strictEqual(buffers, into);
    assert.strictEqual(Buffer.concat(into).toString(), 'Zbcdef123');
    fs.writev(fd, [], common.mustSucceed((n) => {
      assert.strictEqual(n, 0);
      fs.closeSync(fd);
    }));
  }));
}));
