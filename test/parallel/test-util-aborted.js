'use strict';
// util.aborted(): settles with the abort event, at once for an aborted signal, and rejects
// (asynchronously) on invalid arguments.
const common = require('../common');
const assert = require('assert');
const { aborted } = require('util');

(async () => {
  const ac = new AbortController();
  const resource = {};
  const promise = aborted(ac.signal, resource);
  ac.abort();
  const event = await promise;
  assert.strictEqual(event.type, 'abort');

  assert.strictEqual(await aborted(AbortSignal.abort(), {}), undefined);
  assert.strictEqual(await aborted(AbortSignal.abort(), []), undefined);
  assert.strictEqual(await aborted(AbortSignal.abort(), () => {}), undefined);

  for (const signal of [undefined, null, 5, {}]) {
    const p = aborted(signal, {});
    assert.ok(p instanceof Promise);
    await assert.rejects(p, {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "signal" argument must be an instance of AbortSignal.' +
        common.invalidArgTypeHelper(signal),
    });
  }
  for (const res of [undefined, null, 5, 'str']) {
    await assert.rejects(aborted(new AbortController().signal, res), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "resource" argument must be of type object.' +
        common.invalidArgTypeHelper(res),
    });
  }
})().then(common.mustCall());
