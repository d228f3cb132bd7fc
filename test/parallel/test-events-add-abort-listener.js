'use strict';
// events.addAbortListener(signal, listener): runs once on abort, at once (in a microtask)
// for an aborted signal, and returns a disposable that removes the listener.
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

{
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, common.mustCall((event) => {
    assert.strictEqual(event.type, 'abort');
  }));
  assert.strictEqual(Object.getPrototypeOf(disposable), null);
  const keys = Reflect.ownKeys(disposable);
  assert.strictEqual(keys.length, 1);
  assert.strictEqual(typeof keys[0], 'symbol');
  if (Symbol.dispose) assert.strictEqual(keys[0], Symbol.dispose);
  ac.abort();
  ac.abort();
}

{
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, common.mustNotCall());
  disposable[Reflect.ownKeys(disposable)[0]]();
  ac.abort();
}

{
  let called = false;
  addAbortListener(AbortSignal.abort(), common.mustCall((...args) => {
    assert.strictEqual(args.length, 0);
    called = true;
  }));
  // Not synchronously.
  assert.strictEqual(called, false);
  // Disposing an already-aborted one is harmless.
  const d = addAbortListener(AbortSignal.abort(), common.mustCall());
  d[Reflect.ownKeys(d)[0]]();
}

for (const bad of [undefined, null, 1, {}, 'x']) {
  assert.throws(() => addAbortListener(bad, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal.' +
             common.invalidArgTypeHelper(bad),
  });
}
for (const bad of [undefined, null, 1, {}, 'x']) {
  assert.throws(() => addAbortListener(new AbortController().signal, bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function.' +
             common.invalidArgTypeHelper(bad),
  });
}
