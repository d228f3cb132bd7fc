'use strict';
// AbortSignal.timeout(delay): aborts with a TimeoutError DOMException after `delay` ms, on a
// timer that does not keep the process alive; `delay` must be a uint32.
const common = require('../common');
const assert = require('assert');

{
  const start = Date.now();
  const signal = AbortSignal.timeout(20);
  assert.strictEqual(signal.aborted, false);
  signal.addEventListener('abort', common.mustCall((event) => {
    assert.strictEqual(event.isTrusted, true);
    assert.ok(Date.now() - start >= 15);
    assert.strictEqual(signal.aborted, true);
    assert.ok(signal.reason instanceof DOMException);
    assert.strictEqual(signal.reason.name, 'TimeoutError');
    assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
    assert.strictEqual(signal.reason.code, 23);
  }));
  // The timer is unref'd: this one keeps the process alive long enough.
  setTimeout(common.mustCall(() => assert.strictEqual(signal.aborted, true)), 100);
}

{
  // A signal nobody waits for does not delay the exit.
  const signal = AbortSignal.timeout(10 * 60 * 1000);
  signal.onabort = common.mustNotCall();
}

for (const delay of [undefined, null, '1', 1n, {}]) {
  assert.throws(() => AbortSignal.timeout(delay), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "delay" argument must be of type number.' + common.invalidArgTypeHelper(delay),
  });
}
for (const delay of [-1, 2 ** 32, Infinity]) {
  assert.throws(() => AbortSignal.timeout(delay), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
  });
}
assert.throws(() => AbortSignal.timeout(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "delay" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => AbortSignal.timeout(-1), {
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
AbortSignal.timeout(0);
AbortSignal.timeout(2 ** 31 - 1);
