'use strict';
// common.mustSucceed: an error-first callback that must get no error.
const common = require('../common');
const assert = require('assert');

const callback = common.mustSucceed((a, b) => {
  assert.strictEqual(a, 1);
  assert.strictEqual(b, 2);
  return 'result';
});
assert.strictEqual(callback(null, 1, 2), 'result');

common.mustSucceed()(undefined);
const twice = common.mustSucceed(undefined, 2);
twice(null);
twice(null);

const error = new Error('boom');
assert.throws(() => common.mustSucceed()(error),
              { code: 'ERR_ASSERTION', message: 'ifError got unwanted exception: boom' });

// The report at exit points at the test, not at common.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['-e', `
  const common = require(${JSON.stringify(require.resolve('../common'))});
  common.mustSucceed();`], { encoding: 'utf8' });
assert.strictEqual(child.status, 1);
assert.match(child.stdout,
             /^Mismatched <anonymous> function calls\. Expected exactly 1, actual 0\.\n {4}at \[eval\]:3:10/);
