'use strict';

// vm: scripts compiled once and run later in this context (internalBinding('contextify')'s
// ContextifyScript), and functions compiled from source.

const {
  validateArray,
  validateBoolean,
  validateBuffer,
  validateInt32,
  validateObject,
  validateString,
  validateStringArray,
  validateUint32,
} = require('internal/validators');

let binding;
function contextify() {
  if (binding === undefined) binding = internalBinding('contextify');
  return binding;
}

const kScript = Symbol('kScript');

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const { ContextifyScript } = contextify();
    let script;
    try {
      script = new ContextifyScript(code, filename, lineOffset, columnOffset, cachedData,
                                    produceCachedData);
    } catch (err) {
      throw decorateErrorStack(err);
    }
    Object.defineProperty(this, kScript, { value: script });
    if (cachedData !== undefined) this.cachedDataRejected = script.cachedDataRejected;
    if (produceCachedData) {
      if (script.cachedData !== undefined) this.cachedData = toBuffer(script.cachedData);
      this.cachedDataProduced = script.cachedDataProduced;
    }
    this.sourceMapURL = script.sourceMapURL;
  }

  runInThisContext(options) {
    const displayErrors = validateRunOptions(options);
    try {
      return this[kScript].runInThisContext();
    } catch (err) {
      throw displayErrors ? decorateErrorStack(err) : err;
    }
  }

  createCachedData() {
    return toBuffer(this[kScript].createCachedData());
  }
}

// Puts the source arrow (where the error was thrown) at the top of an error's stack, as Node's
// displayErrors does; the report of an uncaught error then leaves it out.
function decorateErrorStack(err) {
  if (err === null || typeof err !== 'object' || typeof err.stack !== 'string') return err;
  const { getErrorSourceArrow } = internalBinding('errors');
  const arrow = getErrorSourceArrow(err);
  if (typeof arrow === 'string' && arrow !== '' && !err.stack.startsWith(arrow)) {
    try {
      err.stack = `${arrow}\n${err.stack}`;
    } catch {
      // a read-only stack stays as it is
    }
  }
  return err;
}

function toBuffer(u8) {
  const { Buffer } = require('buffer');
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// Returns displayErrors.
function validateRunOptions(options) {
  if (options === undefined) return true;
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return displayErrors;
}

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  return options;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) validateStringArray(params, 'params');
  validateObject(options, 'options');
  const { filename = '', cachedData, produceCachedData = false } = options;
  validateString(filename, 'options.filename');
  if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  const fn = contextify().compileFunction(code, filename, params === undefined ? [] : params,
                                          undefined, cachedData, produceCachedData);
  if (produceCachedData && fn.cachedData !== undefined) fn.cachedData = toBuffer(fn.cachedData);
  return fn;
}

module.exports = {
  Script,
  compileFunction,
  createScript,
  runInThisContext,
};
