'use strict';
// process.nextTick and queueMicrotask, and processTicksAndRejections: the tick callback C
// calls after each call into JS when tickInfo says ticks are queued or rejections need
// handling (src/task_queue.c; otherwise C only runs the microtask checkpoint).

const {
  tickInfo,
  runMicrotasks,
  setTickCallback,
  enqueueMicrotask,
} = internalBinding('task_queue');
const {
  hasRejectionToWarn,
  setHasRejectionToWarn,
  listenForRejections,
  processPromiseRejections,
} = require('internal/process/promises');
const FixedQueue = require('internal/fixed_queue');
const {
  async_id_symbol,
  trigger_async_id_symbol,
  frame_symbol,
  initAsyncResource,
  enterScope,
  exitScope,
  enterFrame,
  restoreFrame,
} = require('internal/async_hooks');

// Keep in sync with src/task_queue.c: tickInfo[kHasTickScheduled] is 1 while the nextTick
// queue is not empty.
const kHasTickScheduled = 0;

const queue = new FixedQueue();

let validateFunction;
function checkCallback(callback) {
  if (validateFunction === undefined) {
    ({ validateFunction } = require('internal/validators'));
  }
  validateFunction(callback, 'callback');
}

function hasTickScheduled() {
  return tickInfo[kHasTickScheduled] === 1;
}

function setHasTickScheduled(value) {
  tickInfo[kHasTickScheduled] = value ? 1 : 0;
}

// Ticks first, then the microtasks they queued, again until both are empty; then the
// rejections that are still unhandled, whose handlers may queue more of either. An exception
// leaves the rest queued (and the flag set) for the next call.
function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      enterScope(tock[async_id_symbol], tock[trigger_async_id_symbol], tock);
      const prevFrame = enterFrame(tock[frame_symbol]);
      try {
        if (args === undefined) callback();
        else callback(...args);
      } finally {
        restoreFrame(prevFrame);
        exitScope();
      }
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  setHasRejectionToWarn(false);
}

// Drains the queues between two timers or immediates, as C does after a callback.
function runNextTicks() {
  if (!hasTickScheduled() && !hasRejectionToWarn()) runMicrotasks();
  if (!hasTickScheduled() && !hasRejectionToWarn()) return;
  processTicksAndRejections();
}

function nextTick(callback) {
  checkCallback(callback);
  if (process._exiting) return; // ticks queued from 'exit' listeners never run
  let args;
  const n = arguments.length;
  if (n > 1) {
    args = new Array(n - 1);
    for (let i = 1; i < n; i++) args[i - 1] = arguments[i];
  }
  if (queue.isEmpty()) setHasTickScheduled(true);
  const tock = { callback, args };
  initAsyncResource(tock);
  queue.push(tock);
}

// An error thrown by a queueMicrotask callback goes the uncaught-exception way, and the
// microtask checkpoint carries on with the next one.
// It runs as a 'Microtask' AsyncResource: in the async context where it was queued.
let AsyncResource;
function queueMicrotask(callback) {
  checkCallback(callback);
  if (AsyncResource === undefined) ({ AsyncResource } = require('async_hooks'));
  const resource = new AsyncResource('Microtask', { requireManualDestroy: true });
  resource.callback = callback;
  enqueueMicrotask(() => {
    try {
      resource.runInAsyncScope(callback);
    } catch (error) {
      internalBinding('errors').triggerUncaughtException(error, false);
    }
  });
}

function setupTaskQueue() {
  listenForRejections();
  setTickCallback(processTicksAndRejections);
  return { nextTick, runNextTicks };
}

module.exports = {
  setupTaskQueue,
  queueMicrotask,
};
