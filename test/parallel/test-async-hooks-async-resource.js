'use strict';
// AsyncResource: ids, runInAsyncScope (ids, resource and stores inside), bind, validation;
// executionAsyncId/triggerAsyncId/executionAsyncResource in timers, immediates and ticks.
const common = require('../common');
const assert = require('assert');
const {
  AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId, executionAsyncResource,
  asyncWrapProviders,
} = require('async_hooks');

assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(triggerAsyncId(), 0);
assert.strictEqual(typeof executionAsyncResource(), 'object');
assert(Object.isFrozen(asyncWrapProviders));
assert.strictEqual(asyncWrapProviders.TCPWRAP, 36);

const res = new AsyncResource('X');
assert.strictEqual(typeof res.asyncId(), 'number');
assert(res.asyncId() > 1);
assert.strictEqual(res.triggerAsyncId(), 1);
assert.strictEqual(new AsyncResource('Y', { triggerAsyncId: 7 }).triggerAsyncId(), 7);
assert.strictEqual(new AsyncResource('Y', 9).triggerAsyncId(), 9);
assert.notStrictEqual(new AsyncResource('Z').asyncId(), res.asyncId());

const thisArg = {};
assert.strictEqual(res.runInAsyncScope(function(a, b) {
  assert.strictEqual(this, thisArg);
  assert.strictEqual(executionAsyncId(), res.asyncId());
  assert.strictEqual(triggerAsyncId(), 1);
  assert.strictEqual(executionAsyncResource(), res);
  return a + b;
}, thisArg, 2, 3), 5);
assert.strictEqual(executionAsyncId(), 1);
assert.throws(() => res.runInAsyncScope(() => { throw new Error('inner'); }), /inner/);
assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(res.emitDestroy(), res);

// Stores: the resource keeps those of its creation.
const als = new AsyncLocalStorage();
const inStore = als.run('s', () => new AsyncResource('S'));
assert.strictEqual(inStore.runInAsyncScope(() => als.getStore()), 's');
als.run('t', () => assert.strictEqual(inStore.runInAsyncScope(() => als.getStore()), 's'));

// bind
function named(a, b) { return [this, a, b, executionAsyncId()]; }
const bound = res.bind(named);
assert.strictEqual(bound.length, 2);
assert.strictEqual(bound.asyncResource, res);
const r = bound.call(thisArg, 1, 2);
assert.deepStrictEqual(r, [thisArg, 1, 2, res.asyncId()]);
const boundThis = res.bind(named, thisArg);
assert.strictEqual(boundThis(3)[0], thisArg);
const staticBound = AsyncResource.bind(named);
assert.strictEqual(staticBound.asyncResource instanceof AsyncResource, true);
assert.strictEqual(staticBound(1, 2)[3], staticBound.asyncResource.asyncId());
const other = new AsyncResource('O');
staticBound.asyncResource = other;
assert.strictEqual(staticBound.asyncResource, other);

// Validation
assert.throws(() => new AsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "type" argument must be of type string. Received undefined',
});
assert.throws(() => new AsyncResource('X', { triggerAsyncId: -2 }), {
  code: 'ERR_INVALID_ASYNC_ID', name: 'RangeError',
  message: 'Invalid triggerAsyncId value: -2',
});
assert.throws(() => new AsyncResource('X', 1.5), { code: 'ERR_INVALID_ASYNC_ID' });
assert.throws(() => res.bind(42), { code: 'ERR_INVALID_ARG_TYPE' });

// The callbacks of timers, immediates and ticks run with their resource's ids.
const timeout = setTimeout(common.mustCall(() => {
  assert.strictEqual(executionAsyncId(), +timeout);
  assert.strictEqual(triggerAsyncId(), 1);
  assert.strictEqual(executionAsyncResource(), timeout);
  const inner = setTimeout(common.mustCall(() => {
    assert.strictEqual(triggerAsyncId(), +timeout);
    assert.strictEqual(executionAsyncId(), +inner);
  }), 1);
}), 1);
const immediate = setImmediate(common.mustCall(() => {
  assert.strictEqual(executionAsyncResource(), immediate);
  assert.strictEqual(triggerAsyncId(), 1);
  const immediateId = executionAsyncId();
  process.nextTick(common.mustCall(() => {
    const tick = executionAsyncResource();
    assert.strictEqual(typeof tick.callback, 'function');
    assert.strictEqual(triggerAsyncId(), immediateId);
    assert(executionAsyncId() > immediateId);
  }));
}));
process.nextTick(common.mustCall(() => {
  assert(executionAsyncId() > 1);
  assert.strictEqual(triggerAsyncId(), 1);
}));
queueMicrotask(common.mustCall(() => {
  assert(executionAsyncResource() instanceof AsyncResource);
  assert.strictEqual(triggerAsyncId(), 1);
}));
