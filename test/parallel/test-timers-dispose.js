'use strict';
// Timeout and Immediate objects are disposable: Symbol.dispose clears them.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(typeof Symbol.dispose, 'symbol');

const timeout = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(typeof timeout[Symbol.dispose], 'function');
timeout[Symbol.dispose]();
assert.strictEqual(timeout._destroyed, true);

const interval = setInterval(common.mustNotCall(), 1);
interval[Symbol.dispose]();
assert.strictEqual(interval._destroyed, true);

const immediate = setImmediate(common.mustNotCall());
assert.strictEqual(typeof immediate[Symbol.dispose], 'function');
immediate[Symbol.dispose]();
assert.strictEqual(immediate._destroyed, true);

// Disposing twice, or after the callback ran, is harmless.
timeout[Symbol.dispose]();
const ran = setTimeout(common.mustCall(() => {
  ran[Symbol.dispose]();
}), 1);
