'use strict';
// EventEmitterAsyncResource: an EventEmitter whose listeners run in the async context of
// its own AsyncResource.
const common = require('../common');
const assert = require('assert');
const { EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage, executionAsyncId } = require('async_hooks');

const store = new AsyncLocalStorage();
let emitter;
store.run('inside', () => {
  emitter = new EventEmitterAsyncResource({ name: 'Custom' });
});
emitter.on('x', common.mustCall(function() {
  assert.strictEqual(this, emitter);
  // The listener sees the context of the emitter's creation, not of the emit call.
  assert.strictEqual(store.getStore(), 'inside');
  assert.strictEqual(executionAsyncId(), emitter.asyncId);
}));
store.run('outside', () => emitter.emit('x'));

assert.strictEqual(typeof emitter.asyncId, 'number');
assert.strictEqual(typeof emitter.triggerAsyncId, 'number');
assert.strictEqual(emitter.asyncResource.eventEmitter, emitter);
assert.strictEqual(require('events').EventEmitterAsyncResource, EventEmitterAsyncResource);

// A name is required for the base class, optional for subclasses (defaults to theirs).
assert.throws(() => new EventEmitterAsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received undefined',
});
class Sub extends EventEmitterAsyncResource {}
const sub = new Sub();
assert.strictEqual(sub.asyncResource.eventEmitter, sub);
const named = new EventEmitterAsyncResource('ByString');
assert.notStrictEqual(named.asyncId, sub.asyncId);
named.emitDestroy();
