'use strict';
// process.emitWarning() and onWarning, the default 'warning' listener that prints
// "(node:PID) Warning: ..." through the global console's error() or appends it to the
// --redirect-warnings file. The bootstrap adds onWarning unless --no-warnings or
// NODE_NO_WARNINGS=1.

let traceHintShown = false;
let disabledWarnings;    // Set of the codes and names given to --disable-warning
let warningFile;         // --redirect-warnings, '' when not given; undefined until read
let warningFd;
let consoleError;        // the global console's error(), as it was at the first warning

let validateString;

function getOption(name) {
  return require('internal/options').getOptionValue(name);
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

function createWarningObject(warning, type, code, ctor, detail) {
  // The stack is captured below, without the frames of emitWarning().
  const writable = isErrorStackTraceLimitWritable();
  const stackTraceLimit = Error.stackTraceLimit;
  if (writable) Error.stackTraceLimit = 0;
  warning = new Error(warning);
  if (writable) Error.stackTraceLimit = stackTraceLimit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

// emitWarning(warning[, type[, code]][, ctor]) or emitWarning(warning[, options]).
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (validateString === undefined) ({ validateString } = require('internal/validators'));
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }

  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }

  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown on a later tick, so that the warnings emitted before it are printed first.
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(emitWarningEvent, warning);
}

function emitWarningEvent(warning) {
  process.emit('warning', warning);
}

// For callers that must print before going on (the module loaders).
function emitWarningSync(warning, type, code, ctor) {
  process.emit('warning', createWarningObject(warning, type, code, ctor));
}

function writeOut(message) {
  // Through the global console, so that groups apply and so does an override of
  // console.error made before the first warning (Node looks it up once).
  if (consoleError === undefined) consoleError = require('internal/console/global').error;
  consoleError(message);
}

function writeToFile(message) {
  const fs = require('fs');
  if (warningFd === undefined) {
    try {
      warningFd = fs.openSync(warningFile, 'a');
    } catch {
      writeOut(message);
      return;
    }
    process.on('exit', () => {
      try {
        fs.closeSync(warningFd);
      } catch {
        // Already closed: nothing to do at exit.
      }
    });
  }
  fs.appendFile(warningFd, `${message}\n`, (err) => {
    if (err) writeOut(message);
  });
}

function isDisabled(warning) {
  if (disabledWarnings === undefined) {
    disabledWarnings = new Set(getOption('--disable-warning') || []);
  }
  if (disabledWarnings.size === 0 || warning == null) return false;
  return Boolean((warning.code && disabledWarnings.has(warning.code)) ||
                 (warning.name && disabledWarnings.has(warning.name)));
}

function onWarning(warning) {
  if (isDisabled(warning)) return;
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);

  let message = `(${process.release.name}:${process.pid}) `;
  if (warning.code) message += `[${warning.code}] `;
  if (trace && warning.stack) {
    message += `${warning.stack}`;
  } else {
    message += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') message += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    message += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceHintShown = true;
  }

  if (warningFile === undefined) {
    warningFile = getOption('--redirect-warnings') || process.env.NODE_REDIRECT_WARNINGS || '';
  }
  if (warningFile) {
    writeToFile(message);
  } else {
    writeOut(message);
  }
}

module.exports = {
  emitWarning,
  emitWarningSync,
  onWarning,
  createWarningObject,
};
