'use strict';
// process.umask([mask]): returns the previous mask; the mask is a 32-bit unsigned integer
// or an octal string; Node's errors for anything else.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

assert.strictEqual(process.umask.length, 1);
const original = process.umask();
assert.strictEqual(typeof original, 'number');
assert.strictEqual(process.umask(), original);    // reading does not change it
assert.strictEqual(process.umask(undefined), original);

assert.strictEqual(process.umask(0o22), original);
assert.strictEqual(process.umask('0777'), 0o22);
assert.strictEqual(process.umask('27'), 0o777);
assert.strictEqual(process.umask(0o1777), 0o27);
assert.strictEqual(process.umask(), 0o777);      // only the permission bits
assert.strictEqual(process.umask(2 ** 32 - 1), 0o777);
assert.strictEqual(process.umask('0'), 0o777);
assert.strictEqual(process.umask(0), 0);

// New files get mode & ~umask.
tmpdir.refresh();
process.umask(0o27);
const file = tmpdir.resolve('file');
fs.writeFileSync(file, '', { mode: 0o666 });
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);

for (const mask of ['8', 'x', '0o22', '', '0x1F', ' 22', '-1']) {
  assert.throws(() => process.umask(mask), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The argument 'mask' must be a 32-bit unsigned integer or an octal string. ` +
      `Received '${mask}'`,
  });
}
// null is reported as undefined.
for (const [mask, received] of [[null, 'undefined'], [{}, 'an instance of Object'],
                                [true, 'type boolean (true)'], [[1], 'an instance of Array']]) {
  assert.throws(() => process.umask(mask), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "mask" argument must be of type number. Received ${received}`,
  });
}
for (const [mask, range] of [[-1, '>= 0 && <= 4294967295'], [2 ** 32, '>= 0 && <= 4294967295'],
                             [1.5, 'an integer'], [NaN, 'an integer']]) {
  assert.throws(() => process.umask(mask), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "mask" is out of range. It must be ${range}. Received ${mask}`,
  });
}
assert.strictEqual(process.umask(original), 0o27);
