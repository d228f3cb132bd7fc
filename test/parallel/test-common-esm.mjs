// test/common/index.mjs gives ES module tests the same helpers.
import * as common from '../common/index.mjs';
import assert from 'assert';

assert.strictEqual(typeof common.mustCall, 'function');
let cryptoLoads = true;
try {
  await import('crypto');
} catch {
  cryptoLoads = false;
}
assert.strictEqual(common.hasCrypto, cryptoLoads);
assert.strictEqual(common.default.isLinux, process.platform === 'linux');
setTimeout(common.mustCall(), 1);
