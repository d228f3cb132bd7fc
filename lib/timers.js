'use strict';
// The `timers` module: setTimeout, setInterval, setImmediate and their clear functions (also
// the globals), plus the deprecated enroll/unenroll/active API. The machinery is in
// internal/timers.

const {
  Timeout,
  Immediate,
  insert,
  active,
  unrefActive,
  unenroll,
  clearTimeout,
  clearImmediate,
  getTimerDuration,
} = require('internal/timers');
const L = require('internal/linkedlist');

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

let validateFunction;
function checkCallback(callback) {
  if (validateFunction === undefined) {
    ({ validateFunction } = require('internal/validators'));
  }
  validateFunction(callback, 'callback');
}

let timersPromises;
function getPromises() {
  if (timersPromises === undefined) timersPromises = require('timers/promises');
  return timersPromises;
}

// Extra arguments after the first `skip` ones, or undefined when there are none.
function restArgs(args, skip) {
  const n = args.length - skip;
  if (n <= 0) return undefined;
  const rest = new Array(n);
  for (let i = 0; i < n; i++) rest[i] = args[i + skip];
  return rest;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  checkCallback(callback);
  const timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

Object.defineProperty(setTimeout, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return getPromises().setTimeout;
  },
});

function setInterval(callback, repeat, arg1, arg2, arg3) {
  checkCallback(callback);
  const timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// Timeouts and intervals are the same objects: either clear function clears either.
function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  checkCallback(callback);
  return new Immediate(callback, restArgs(arguments, 1));
}

Object.defineProperty(setImmediate, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return getPromises().setImmediate;
  },
});

// Makes `item` a timer of its own: it fires item._onTimeout() `msecs` after active(item).
function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleNext) unenroll(item);
  L.init(item);
  item._idleTimeout = msecs;
}

// util.deprecate, loaded on the first call: util is not needed before.
function deprecate(fn, message, code) {
  let wrapped;
  return function deprecated(...args) {
    if (wrapped === undefined) wrapped = require('util').deprecate(fn, message, code);
    return wrapped.apply(this, args);
  };
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate(unrefActive,
                          'timers._unrefActive() is deprecated.' +
                          ' Please use timeout.refresh() instead.',
                          'DEP0127'),
  active: deprecate(active,
                    'timers.active() is deprecated.' +
                    ' Please use timeout.refresh() instead.',
                    'DEP0126'),
  unenroll: deprecate(unenroll,
                      'timers.unenroll() is deprecated.' +
                      ' Please use clearTimeout instead.',
                      'DEP0096'),
  enroll: deprecate(enroll,
                    'timers.enroll() is deprecated.' +
                    ' Please use setTimeout instead.',
                    'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return getPromises();
  },
});
