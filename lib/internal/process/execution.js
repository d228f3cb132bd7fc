'use strict';
// The uncaught-exception path (src/errors.c calls the handler made here): the capture
// callback, 'uncaughtExceptionMonitor' and 'uncaughtException' listeners, or Node's report on
// stderr and exit code 1. Also -e/-p evaluation.

const { getOptionValue } = require('internal/options');

let captureCallback = null;

function noop() {}

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

function isErrorLike(value) {
  return value !== null && typeof value === 'object' &&
    typeof value.stack === 'string' && require('internal/util/types').isNativeError(value);
}

// Node's report of an uncaught exception: the source arrow, then the error.
function formatFatal(er, fromPromise) {
  const { getErrorSourceArrow } = internalBinding('errors');
  let arrow;
  try {
    arrow = getErrorSourceArrow(er);
  } catch {
    arrow = undefined;
  }
  if (typeof arrow !== 'string') arrow = '';
  let text;
  if (er !== null && (typeof er === 'object' || typeof er === 'function')) {
    const { fatalExceptionStackEnhancers } = require('internal/errors');
    if (isErrorLike(er)) {
      fatalExceptionStackEnhancers.beforeInspector(er);
      // Node decorates the stack itself with the arrow, so inspect() shows it in place (the
      // ES module loader has done so already for a link error).
      if (arrow !== '' && er.stack.startsWith(arrow)) {
        arrow = '';
      } else if (arrow !== '') {
        try {
          er.stack = `${arrow}\n${er.stack}`;
          arrow = '';
        } catch {
          // a read-only stack: print the arrow above it
        }
      }
    }
    const body = fatalExceptionStackEnhancers.afterInspector(er);
    if (arrow !== '' && !isErrorLike(er) && !internalBinding('errors').isArrowAttached(er)) {
      // A non-error object that ends uncaught where it was thrown: Node prints the arrow
      // at once, after an empty line.
      text = `\n${arrow}${body}\n`;
    } else {
      text = `${arrow}${arrow === '' ? '' : '\n'}${body}\n`;
    }
  } else {
    // A primitive: Node prints it plainly, after an empty line.
    text = `\n${arrow}${typeof er === 'symbol' ? '' : String(er)}\n`;
    if (!fromPromise && !getOptionValue('--trace-uncaught')) {
      text += '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
    }
  }
  text += `\nNode.js ${process.version}\n`;
  return text;
}

function writeStderr(text) {
  internalBinding('fs').writeStringSync(2, text);
}

function createOnGlobalUncaughtException() {
  return function onGlobalUncaughtException(er, fromPromise) {
    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    if (captureCallback !== null) {
      captureCallback(er);
      require('timers').setImmediate(noop);
      return true;
    }
    process.emit('uncaughtExceptionMonitor', er, type);
    if (process.listenerCount('uncaughtException') > 0 &&
        process.emit('uncaughtException', er, type)) {
      // As Node: keep the loop turning so that work queued by the handler runs.
      require('timers').setImmediate(noop);
      return true;
    }
    if (getOptionValue('--abort-on-uncaught-exception')) {
      writeStderr(formatFatal(er, fromPromise));
      internalBinding('process_methods').abort();
    }
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch {
      // the exit code stays 1; an exception here must not hide the original one
    }
    writeStderr(formatFatal(er, fromPromise));
    const code = process.exitCode;
    internalBinding('process_methods').reallyExit(typeof code === 'number' && code !== 0 ? code : 1);
    return false;
  };
}

module.exports = {
  createOnGlobalUncaughtException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  formatFatal,
};
