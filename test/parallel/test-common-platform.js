'use strict';
// common's platform facts and lazily computed properties.
const common = require('../common');
const assert = require('assert');
const os = require('os');

assert.strictEqual(common.isWindows, process.platform === 'win32');
assert.strictEqual(common.isLinux, process.platform === 'linux');
assert.strictEqual(common.isMacOS, process.platform === 'darwin');
assert.strictEqual(common.localhostIPv4, '127.0.0.1');
assert.strictEqual(common.platformTimeout(100), 100);
assert.strictEqual(common.platformTimeout(100n), 100n);
{
  let loads = true;
  try {
    require('crypto');
  } catch {
    loads = false;
  }
  assert.strictEqual(common.hasCrypto, loads);
}
assert.strictEqual(typeof common.hasIPv6, 'boolean');
assert.strictEqual(common.hasIPv6, Object.entries(os.networkInterfaces()).some(
  ([name, list]) => /lo/.test(name) && list.some((i) => i.family === 'IPv6')));
assert.strictEqual(common.hasIntl, true);
assert.strictEqual(common.isAlive(process.pid), true);

// Parallel tests must listen on port 0.
if (process.env.TEST_PARALLEL === '1') {
  assert.throws(() => common.PORT, /common\.PORT cannot be used in a parallelized test/);
}

common.runWithInvalidFD(common.mustCall((fd) => {
  assert.throws(() => require('fs').fstatSync(fd), { code: 'EBADF' });
}));

// mustNotMutateObjectDeep: reads work, writes at any depth throw.
const options = common.mustNotMutateObjectDeep({ a: { b: [1] }, buf: Buffer.from('x') });
assert.strictEqual(options.a.b[0], 1);
assert.throws(() => { options.a.b.push(2); }, { code: 'ERR_ASSERTION' });
assert.throws(() => { options.c = 1; }, { code: 'ERR_ASSERTION' });
assert.throws(() => { delete options.a; }, { code: 'ERR_ASSERTION' });
assert.strictEqual(Buffer.isBuffer(options.buf), true);
