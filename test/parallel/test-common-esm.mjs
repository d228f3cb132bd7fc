// test/common/index.mjs gives ES module tests the same helpers.
import * as common from '../common/index.mjs';
import assert from 'assert';

assert.strictEqual(typeof common.mustCall, 'function');
assert.strictEqual(common.hasCrypto, true);
assert.strictEqual(common.default.isLinux, process.platform === 'linux');
setTimeout(common.mustCall(), 1);
