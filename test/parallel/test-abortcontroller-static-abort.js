'use strict';
// AbortSignal.abort(reason): a signal aborted from the start (no event is dispatched).
require('../common');
const assert = require('assert');

const signal = AbortSignal.abort();
assert.ok(signal instanceof AbortSignal);
assert.strictEqual(signal.aborted, true);
assert.ok(signal.reason instanceof DOMException);
assert.strictEqual(signal.reason.name, 'AbortError');
assert.strictEqual(signal.reason.message, 'This operation was aborted');
assert.throws(() => signal.throwIfAborted(), (err) => err === signal.reason);
assert.strictEqual(AbortSignal.abort(undefined).reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort(null).reason, null);
const reason = new Error('why');
assert.strictEqual(AbortSignal.abort(reason).reason, reason);
// Does not use its receiver.
assert.strictEqual(AbortSignal.abort.call(undefined, 1).reason, 1);
assert.strictEqual(AbortSignal.abort.length, 0);
