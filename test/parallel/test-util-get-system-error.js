'use strict';
// util.getSystemErrorName() and util.getSystemErrorMap().
require('../common');
const assert = require('assert');
const util = require('util');
const os = require('os');

assert.strictEqual(util.getSystemErrorName(-os.constants.errno.ENOENT), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-os.constants.errno.EACCES), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');

for (const [err, received] of [[0, '0'], [1, '1'], [2, '2'], [-1.5, '-1.5'], [NaN, 'NaN'],
                               [Infinity, 'Infinity'], [-Infinity, '-Infinity'],
                               [2 ** 53, '9_007_199_254_740_992'],
                               [-(2 ** 53), '-9_007_199_254_740_992']]) {
  assert.throws(() => util.getSystemErrorName(err), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "err" is out of range. It must be a negative integer. ' +
      `Received ${received}`,
  });
}
for (const err of ['-2', null, undefined, {}, 10n]) {
  assert.throws(() => util.getSystemErrorName(err), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-os.constants.errno.ENOENT),
                       ['ENOENT', 'no such file or directory']);
for (const [code, [name, message]] of map) {
  assert.strictEqual(typeof code, 'number');
  assert.ok(code < 0);
  assert.strictEqual(util.getSystemErrorName(code), name);
  assert.strictEqual(typeof message, 'string');
}
// Each call returns a new map.
assert.notStrictEqual(util.getSystemErrorMap(), map);
