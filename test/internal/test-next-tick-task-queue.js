// Flags: --expose-internals
'use strict';
// internal/process/task_queues and internal/process/promises against a fake 'task_queue'
// binding: the tickInfo flags C reads ([kHasTickScheduled, kHasRejectionToWarn]), the
// callbacks setupTaskQueue() registers, and runNextTicks() draining only when needed.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const harness = require('./harness');

const tickInfo = new Int32Array(2);
const registered = {};
let microtaskRuns = 0;
const fakeProcess = Object.create(process);
EventEmitter.call(fakeProcess);
const uncaught = [];
const loader = harness.createLoader({
  process: fakeProcess,
  bindings: {
    task_queue: {
      tickInfo,
      runMicrotasks() { microtaskRuns++; },
      enqueueMicrotask(fn) { registered.microtask = fn; },
      setTickCallback(fn) { registered.tick = fn; },
      setPromiseRejectCallback(fn) { registered.reject = fn; },
      promiseRejectEvents: {
        kPromiseRejectWithNoHandler: 0,
        kPromiseHandlerAddedAfterReject: 1,
        kPromiseResolveAfterResolved: 2,
        kPromiseRejectAfterResolved: 3,
      },
    },
    errors: {
      triggerUncaughtException(err, fromPromise) { uncaught.push([err, fromPromise]); },
    },
    options: {
      getOptionValue(name) {
        assert.strictEqual(name, '--unhandled-rejections');
        return 'throw';
      },
    },
  },
});

const { setupTaskQueue, queueMicrotask } = loader.require('internal/process/task_queues');
const { nextTick, runNextTicks } = setupTaskQueue();
assert.strictEqual(typeof registered.tick, 'function');
assert.strictEqual(typeof registered.reject, 'function');

// Nothing queued: runNextTicks only runs the microtasks.
runNextTicks();
assert.strictEqual(microtaskRuns, 1);

const log = [];
nextTick((a) => log.push(a), 'x');
assert.deepStrictEqual([...tickInfo], [1, 0]);
nextTick(() => log.push('y'));
runNextTicks();
assert.deepStrictEqual(log, ['x', 'y']);
assert.deepStrictEqual([...tickInfo], [0, 0]);
assert.strictEqual(microtaskRuns, 2);

// A throwing tick leaves the flag set and the rest queued.
nextTick(() => { throw new Error('tick'); });
nextTick(() => log.push('after'));
assert.throws(() => registered.tick(), { message: 'tick' });
assert.strictEqual(tickInfo[0], 1);
registered.tick();
assert.deepStrictEqual(log, ['x', 'y', 'after']);
assert.strictEqual(tickInfo[0], 0);

// Ticks queued while exiting are dropped.
fakeProcess._exiting = true;
nextTick(() => log.push('exiting'));
assert.strictEqual(tickInfo[0], 0);
fakeProcess._exiting = false;

// queueMicrotask wraps the callback: an error goes to triggerUncaughtException.
queueMicrotask(() => { throw new Error('micro'); });
registered.microtask();
assert.strictEqual(uncaught.length, 1);
assert.strictEqual(uncaught[0][0].message, 'micro');
assert.strictEqual(uncaught[0][1], false);

// A rejection without a handler sets kHasRejectionToWarn; the tick callback reports it.
const promise = {};
registered.reject(0, promise, 'reason');
assert.deepStrictEqual([...tickInfo], [0, 1]);
const events = [];
fakeProcess.on('unhandledRejection', (reason, p) => events.push(['unhandled', reason, p]));
runNextTicks();
assert.deepStrictEqual(events, [['unhandled', 'reason', promise]]);
assert.deepStrictEqual([...tickInfo], [0, 0]);

// Handled after it was reported: 'rejectionHandled'.
fakeProcess.on('rejectionHandled', (p) => events.push(['handled', p]));
registered.reject(1, promise);
assert.strictEqual(tickInfo[1], 1);
runNextTicks();
assert.deepStrictEqual(events[1], ['handled', promise]);

// Handled before it was reported: nothing.
const quick = {};
registered.reject(0, quick, 'quick');
registered.reject(1, quick);
runNextTicks();
assert.strictEqual(events.length, 2);

// Without a listener, 'throw' mode raises it (wrapped, for a non-error) as uncaught.
fakeProcess.removeAllListeners('unhandledRejection');
registered.reject(0, {}, 7);
runNextTicks();
assert.strictEqual(uncaught.length, 2);
assert.strictEqual(uncaught[1][0].code, 'ERR_UNHANDLED_REJECTION');
assert.strictEqual(uncaught[1][1], true);
const error = new Error('e');
registered.reject(0, {}, error);
runNextTicks();
assert.strictEqual(uncaught[2][0], error);
