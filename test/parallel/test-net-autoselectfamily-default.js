'use strict';
// get/setDefaultAutoSelectFamily and get/setDefaultAutoSelectFamilyAttemptTimeout: Node 20's
// defaults (true, 250 ms), the 10 ms floor, and the errors of bad values.
require('../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(1000);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 1000);
assert.throws(() => net.setDefaultAutoSelectFamily(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be of type boolean. Received type number (1)',
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
