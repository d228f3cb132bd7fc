'use strict';
// Extra arguments reach the callbacks of setTimeout, setInterval and setImmediate, and
// `this` is the Timeout or Immediate object.
const common = require('../common');
const assert = require('assert');

for (let n = 0; n <= 6; n++) {
  const args = Array.from({ length: n }, (_, i) => `arg${i}`);
  const timeout = setTimeout(common.mustCall(function(...got) {
    assert.deepStrictEqual(got, args);
    assert.strictEqual(this, timeout);
  }), 1, ...args);
  const immediate = setImmediate(common.mustCall(function(...got) {
    assert.deepStrictEqual(got, args);
    assert.strictEqual(this, immediate);
  }), ...args);
  const interval = setInterval(common.mustCall(function(...got) {
    assert.deepStrictEqual(got, args);
    assert.strictEqual(this, interval);
    clearInterval(interval);
  }), 1, ...args);
}

// No extra arguments: none stored.
assert.strictEqual(setTimeout(common.mustCall(), 1)._timerArgs, undefined);
assert.strictEqual(setImmediate(common.mustCall())._argv, undefined);
// Explicit undefined arguments are passed on.
setTimeout(common.mustCall((...got) => {
  assert.deepStrictEqual(got, [undefined, undefined]);
}), 1, undefined, undefined);
