'use strict';
// child_process: the synchronous forms (spawnSync, execSync, execFileSync) over
// lib/internal/child_process.js. The asynchronous forms need streams and pipes and come
// with them.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  genericNodeError,
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  MAX_BUFFER,
  getValidStdio,
  normalizeSpawnArguments,
  sanitizeKillSignal,
  spawnSync: runSync,
  validateArgumentNullCheck,
  validateMaxBuffer,
  validateTimeout,
} = require('internal/child_process');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// exec forms run `command` through a shell: options.shell unless it names one, true.
function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

// execFile's (file, args?, options?, callback?) overloads.
function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null) options = kEmptyObject;
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

// Strings given as input are encoded with options.encoding, as Node does.
function stdioInput(input, encoding, i) {
  if (ArrayBuffer.isView(input)) return input;
  if (typeof input === 'string') return lazyBuffer().from(input, encoding);
  throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`,
                                 ['Buffer', 'TypedArray', 'DataView', 'string'], input);
}

function spawnSync(file, args, options) {
  options = {
    __proto__: null,
    maxBuffer: MAX_BUFFER,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe').stdio;

  if (options.input) {
    options.stdio[0] = { ...options.stdio[0], input: options.input };
  }
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input != null) {
      options.stdio[i] = { ...options.stdio[i], input: stdioInput(input, options.encoding, i) };
    }
  }
  return runSync(options);
}

// The error execSync and execFileSync throw: the spawn error itself, or 'Command failed' for
// a non-zero exit; either way carrying the whole result.
function checkExecSyncError(ret, args, cmd) {
  if (ret.error) return Object.assign(ret.error, ret);
  if (ret.status === 0) return undefined;
  let msg = `Command failed: ${cmd || args.join(' ')}`;
  if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
  return genericNodeError(msg, ret);
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  // Without an explicit stdio, the child's stderr is captured and then passed on.
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  execFileSync,
  execSync,
  spawnSync,
};
