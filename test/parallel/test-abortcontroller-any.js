'use strict';
// AbortSignal.any(signals): follows its sources (a composite source stands for its own
// sources), takes the reason of the first to abort, is aborted at once when a source already
// is, and is notified after the source's own listeners.
const common = require('../common');
const assert = require('assert');

{
  const a = new AbortController();
  const b = new AbortController();
  const signal = AbortSignal.any([a.signal, b.signal]);
  assert.ok(signal instanceof AbortSignal);
  assert.strictEqual(signal.aborted, false);
  signal.addEventListener('abort', common.mustCall((event) => {
    assert.strictEqual(event.isTrusted, true);
    assert.strictEqual(signal.reason, 'b');
  }));
  b.abort('b');
  a.abort('a');
  assert.strictEqual(signal.reason, 'b');
}

{
  const a = new AbortController();
  const x = AbortSignal.any([a.signal]);
  const z = AbortSignal.any([a.signal]);
  const y = AbortSignal.any([x]); // follows a itself, registered after z
  const order = [];
  a.signal.addEventListener('abort', () => {
    order.push('a');
    assert.strictEqual(x.aborted, false);
  });
  x.addEventListener('abort', () => order.push('x'));
  y.addEventListener('abort', () => order.push('y'));
  z.addEventListener('abort', () => order.push('z'));
  a.abort();
  assert.deepStrictEqual(order, ['a', 'x', 'z', 'y']);
  assert.strictEqual(y.reason, a.signal.reason);
}

{
  const reason = new Error('first');
  const signal = AbortSignal.any([new AbortController().signal, AbortSignal.abort(reason),
                                  AbortSignal.abort('second')]);
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, reason);
}

{
  const signal = AbortSignal.any([]);
  assert.strictEqual(signal.aborted, false);
  // The same signal twice, and a composite of nothing.
  const controller = new AbortController();
  const twice = AbortSignal.any([controller.signal, controller.signal, signal]);
  twice.onabort = common.mustCall();
  controller.abort();
}

{
  // A timeout source.
  const signal = AbortSignal.any([AbortSignal.timeout(10), new AbortController().signal]);
  signal.onabort = common.mustCall(() => {
    assert.strictEqual(signal.reason.name, 'TimeoutError');
  });
  setTimeout(common.mustCall(), 100);
}

for (const signals of [undefined, null, 1, 'str', {}, new AbortController().signal]) {
  assert.throws(() => AbortSignal.any(signals), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "signals" argument must be an instance of Array.' +
             common.invalidArgTypeHelper(signals),
  });
}
for (const entry of [undefined, null, 1, {}]) {
  assert.throws(() => AbortSignal.any([new AbortController().signal, entry]), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "signals[1]" argument must be an instance of AbortSignal.' +
             common.invalidArgTypeHelper(entry),
  });
}
assert.strictEqual(AbortSignal.any.length, 1);
