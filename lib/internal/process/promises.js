'use strict';
// Unhandled-rejection tracking. V8 reports promise events to promiseRejectHandler (through
// internalBinding('task_queue').setPromiseRejectCallback); rejections still unhandled when
// the microtask queue has drained are dealt with by processPromiseRejections(), which
// processTicksAndRejections (internal/process/task_queues) calls, as the
// --unhandled-rejections mode says: emit 'unhandledRejection', warn, or raise the reason as
// an uncaught exception.

const {
  tickInfo,
  setPromiseRejectCallback,
  promiseRejectEvents: {
    kPromiseRejectWithNoHandler,
    kPromiseHandlerAddedAfterReject,
    kPromiseResolveAfterResolved,
    kPromiseRejectAfterResolved,
  },
} = internalBinding('task_queue');

// Keep in sync with src/task_queue.c: tickInfo[kHasRejectionToWarn] tells C to call the
// tick callback even when no tick is scheduled.
const kHasRejectionToWarn = 1;

// What to do with a rejection nobody handled (--unhandled-rejections).
const kThrowUnhandledRejections = 0;          // 'throw' (the default)
const kStrictUnhandledRejections = 1;         // 'strict'
const kAlwaysWarnUnhandledRejections = 2;     // 'warn'
const kIgnoreUnhandledRejections = 3;         // 'none'
const kWarnWithErrorCodeUnhandledRejections = 4; // 'warn-with-error-code'

// Rejected promises without a handler: promise -> { reason, uid, warned, domain }.
const maybeUnhandledPromises = new WeakMap();
// The same promises in rejection order, until processPromiseRejections() looks at them.
const pendingUnhandledRejections = [];
// Promises that got a handler after their rejection was reported: { promise, warning }.
const asyncHandledRejections = [];
let lastPromiseId = 0;
let unhandledRejectionsMode;
let hasMultipleResolvesListener = false;
let multipleResolvesWarned = false;

const unhandledRejectionWarningName = 'UnhandledPromiseRejectionWarning';

function hasRejectionToWarn() {
  return tickInfo[kHasRejectionToWarn] === 1;
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

function getUnhandledRejectionsMode() {
  const { getOptionValue } = require('internal/options');
  switch (getOptionValue('--unhandled-rejections')) {
    case 'strict': return kStrictUnhandledRejections;
    case 'warn': return kAlwaysWarnUnhandledRejections;
    case 'none': return kIgnoreUnhandledRejections;
    case 'warn-with-error-code': return kWarnWithErrorCodeUnhandledRejections;
    default: return kThrowUnhandledRejections;
  }
}

function listenForRejections() {
  setPromiseRejectCallback(promiseRejectHandler);
  process.on('newListener', (eventName) => {
    if (eventName === 'multipleResolves') hasMultipleResolvesListener = true;
  });
  process.on('removeListener', (eventName) => {
    if (eventName === 'multipleResolves') {
      hasMultipleResolvesListener = process.listenerCount('multipleResolves') !== 0;
    }
  });
}

function promiseRejectHandler(type, promise, reason) {
  if (unhandledRejectionsMode === undefined) {
    unhandledRejectionsMode = getUnhandledRejectionsMode();
  }
  switch (type) {
    case kPromiseRejectWithNoHandler:
      unhandledRejection(promise, reason);
      break;
    case kPromiseHandlerAddedAfterReject:
      handledRejection(promise);
      break;
    case kPromiseResolveAfterResolved:
      if (hasMultipleResolvesListener) multipleResolves('resolve', promise, reason);
      break;
    case kPromiseRejectAfterResolved:
      if (hasMultipleResolvesListener) multipleResolves('reject', promise, reason);
      break;
  }
}

// Deprecated (DEP0160), reported only while someone listens. On the next tick, because a
// listener that throws here would reject the very promise being settled.
function multipleResolves(type, promise, reason) {
  process.nextTick(() => {
    if (!multipleResolvesWarned) {
      multipleResolvesWarned = true;
      process.emitWarning('The multipleResolves event has been deprecated.',
                          'DeprecationWarning', 'DEP0160');
    }
    process.emit('multipleResolves', type, promise, reason);
  });
}

function unhandledRejection(promise, reason) {
  maybeUnhandledPromises.set(promise, {
    reason,
    uid: ++lastPromiseId,
    warned: false,
    domain: process.domain,
  });
  // Holds the promise until it has been looked at, even if nothing else does.
  pendingUnhandledRejections.push(promise);
  setHasRejectionToWarn(true);
}

function handledRejection(promise) {
  const info = maybeUnhandledPromises.get(promise);
  if (info === undefined) return;
  maybeUnhandledPromises.delete(promise);
  if (info.warned) {
    // Already reported as unhandled: say that it was handled after all.
    asyncHandledRejections.push({
      promise,
      warning: new PromiseRejectionHandledWarning(info.uid),
    });
    setHasRejectionToWarn(true);
  }
}

class PromiseRejectionHandledWarning extends Error {
  constructor(uid) {
    super(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
    this.name = 'PromiseRejectionHandledWarning';
    this.id = uid;
  }
}

// What 'throw' and 'strict' raise when the reason is not an error.
class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';

  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a ' +
          'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
          `promise rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.name = 'UnhandledPromiseRejection';
  }
}

// Stackless: the first warning already carries the reason's stack.
class UnhandledPromiseRejectionWarning extends Error {
  constructor(uid) {
    const message = 'Unhandled promise rejection. This error originated either by throwing ' +
      'inside of an async function without a catch block, or by rejecting a promise which ' +
      'was not handled with .catch(). To terminate the node process on unhandled promise ' +
      'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
      'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
      `(rejection id: ${uid})`;
    const { isErrorStackTraceLimitWritable } = require('internal/errors');
    const writable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (writable) Error.stackTraceLimit = 0;
    super(message);
    if (writable) Error.stackTraceLimit = limit;
    this.name = unhandledRejectionWarningName;
  }
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
         Object.prototype.hasOwnProperty.call(value, 'stack');
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new UnhandledPromiseRejectionWarning(uid);
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, unhandledRejectionWarningName);
    } else {
      process.emitWarning(noSideEffectsToString(reason), unhandledRejectionWarningName);
    }
  } catch {
    // A stack that is not a string, or a throwing getter.
    try {
      process.emitWarning(noSideEffectsToString(reason), unhandledRejectionWarningName);
    } catch {
      // Nothing more to say about this reason.
    }
  }
  process.emitWarning(warning);
}

function triggerUncaughtException(err, fromPromise) {
  internalBinding('errors').triggerUncaughtException(err, fromPromise);
}

function emitUnhandledRejection(reason, promise, info) {
  if (info.domain) return info.domain.emit('error', reason);
  return process.emit('unhandledRejection', reason, promise);
}

function handleUnhandledRejection(promise, info) {
  const { reason, uid } = info;
  switch (unhandledRejectionsMode) {
    case kStrictUnhandledRejections: {
      triggerUncaughtException(
        isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason), true);
      // Still here: an 'uncaughtException' listener took it.
      if (!emitUnhandledRejection(reason, promise, info)) {
        emitUnhandledRejectionWarning(uid, reason);
      }
      break;
    }
    case kIgnoreUnhandledRejections:
      emitUnhandledRejection(reason, promise, info);
      break;
    case kAlwaysWarnUnhandledRejections:
      emitUnhandledRejection(reason, promise, info);
      emitUnhandledRejectionWarning(uid, reason);
      break;
    case kWarnWithErrorCodeUnhandledRejections:
      if (!emitUnhandledRejection(reason, promise, info)) {
        emitUnhandledRejectionWarning(uid, reason);
        process.exitCode = 1;
      }
      break;
    default: // kThrowUnhandledRejections
      if (!emitUnhandledRejection(reason, promise, info)) {
        triggerUncaughtException(
          isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason), true);
      }
      break;
  }
}

// Reports what changed since the last call: handlers added late ('rejectionHandled' or a
// PromiseRejectionHandledWarning), then the rejections that stayed unhandled, in order.
// Returns true when that may have queued ticks or microtasks, or when rejections arrived
// meanwhile: the caller then drains its queues and calls again.
function processPromiseRejections() {
  let mayHaveQueuedWork = asyncHandledRejections.length > 0;

  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }

  // Only those known now: handlers may reject more promises, which wait for the next round.
  let count = pendingUnhandledRejections.length;
  while (count-- > 0) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue; // handled in time
    info.warned = true;
    handleUnhandledRejection(promise, info);
    mayHaveQueuedWork = true;
  }

  return mayHaveQueuedWork || pendingUnhandledRejections.length !== 0;
}

// V8's side-effect-free string form of a value (no getters, no user toString), used in
// messages about rejection reasons. C may provide it as errors.noSideEffectsToString
// (v8::Value::ToDetailString); otherwise it is worked out here from data properties only.
function noSideEffectsToString(value) {
  const errorsBinding = internalBinding('errors');
  if (typeof errorsBinding.noSideEffectsToString === 'function') {
    return errorsBinding.noSideEffectsToString(value);
  }
  return detailString(value);
}

const objectToString = Object.prototype.toString;
const errorToString = Error.prototype.toString;
const functionToString = Function.prototype.toString;

function detailString(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object' && typeof value !== 'function') return `${value}`;
  if (value === null) return 'null';

  const { getProxyDetails } = internalBinding('util');
  let target = value;
  for (let unwrapped; (unwrapped = getProxyDetails(target, false)) !== undefined;) {
    target = unwrapped;
  }
  if (typeof target === 'function') return functionToString.call(target);
  if (target === null) return '#<Object>'; // a revoked proxy

  const toString = dataProperty(target, 'toString');
  if (internalBinding('types').isNativeError(target) || toString === errorToString) {
    return errorDetailString(target);
  }
  if (toString === objectToString) {
    const ctor = dataProperty(target, 'constructor');
    if (typeof ctor === 'function') {
      const name = ownDataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(target, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : builtinTag(target)}]`;
}

function errorDetailString(error) {
  let name = dataProperty(error, 'name');
  let message = dataProperty(error, 'message');
  if (typeof name !== 'string') name = '';
  if (typeof message !== 'string') message = '';
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// A property's value if it is a data property, found along the prototype chain without
// running any getter; undefined otherwise.
function dataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return desc.value;
  }
  return undefined;
}

function ownDataProperty(object, key) {
  const desc = Object.getOwnPropertyDescriptor(object, key);
  return desc === undefined ? undefined : desc.value;
}

// The class of a built-in object as V8 names it for "[object X]".
function builtinTag(object) {
  const types = internalBinding('types');
  if (Array.isArray(object)) return 'Array';
  if (types.isDate(object)) return 'Date';
  if (types.isRegExp(object)) return 'RegExp';
  if (types.isNativeError(object)) return 'Error';
  if (types.isArgumentsObject(object)) return 'Arguments';
  if (types.isNumberObject(object)) return 'Number';
  if (types.isStringObject(object)) return 'String';
  if (types.isBooleanObject(object)) return 'Boolean';
  if (types.isSymbolObject(object)) return 'Symbol';
  if (types.isBigIntObject(object)) return 'BigInt';
  const typedArrayName = typedArrayTag.call(object);
  if (typedArrayName !== undefined) return typedArrayName;
  return 'Object';
}

// %TypedArray%.prototype[Symbol.toStringTag]: the kind of a typed array, else undefined.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

module.exports = {
  hasRejectionToWarn,
  setHasRejectionToWarn,
  listenForRejections,
  processPromiseRejections,
};
