'use strict';
// What the forms of child_process share: Node's validation and normalisation of spawn
// arguments and options (file, args, shell, cwd, env pairs, stdio, timeout, maxBuffer,
// killSignal), the synchronous run over internalBinding('spawn_sync') (src/spawn_sync.c), and
// the ChildProcess class over internalBinding('process_wrap') (src/process_wrap.c).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_OUT_OF_RANGE,
  },
  errnoException,
} = require('internal/errors');
const {
  isInt32,
  validateBoolean,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { convertToValidSignal, kEmptyObject } = require('internal/util');

// Node's default for spawnSync, execSync and execFileSync (and the async exec forms).
const MAX_BUFFER = 1024 * 1024;

// A string that would be cut short at a NUL byte on its way to execve() is refused.
function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; i++) {
    validateArgumentNullCheck(args[i], `${propName}[${i}]`);
  }
}

// A WHATWG URL object, recognised as fs recognises one (url.parse() results are not).
function isURLLike(value) {
  return Boolean(value != null && value.href && value.protocol &&
                 value.auth === undefined && value.path === undefined);
}

// options.cwd may be a string, a Buffer/Uint8Array or a file: URL, as fs paths may; the
// binding gets a string.
function validateCwd(cwd) {
  if (isURLLike(cwd)) cwd = require('url').fileURLToPath(cwd);
  if (typeof cwd !== 'string' && !(cwd instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  }
  if (cwd.includes(typeof cwd === 'string' ? '\u0000' : 0)) {
    throw new ERR_INVALID_ARG_VALUE('options.cwd', cwd,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
  if (typeof cwd === 'string') return cwd;
  const { FastBuffer } = require('internal/buffer');
  return new FastBuffer(cwd.buffer, cwd.byteOffset, cwd.byteLength).toString();
}

// NODE_V8_COVERAGE reaches every child unless the caller's env sets it itself (Node writes it
// into that env object).
function propagateCoverageDirectory(env, optionsEnv) {
  const dir = process.env.NODE_V8_COVERAGE;
  if (dir && (!optionsEnv ||
              !Object.prototype.hasOwnProperty.call(optionsEnv, 'NODE_V8_COVERAGE'))) {
    env.NODE_V8_COVERAGE = dir;
  }
}

// Checks (file, args, options) and returns a fresh options object carrying file, args
// (argv, with argv0 first), envPairs, cwd and the flags the binding reads.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');

  if (options === undefined) options = kEmptyObject;
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) cwd = validateCwd(cwd);
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  const { windowsVerbatimArguments } = options;
  if (windowsVerbatimArguments != null) {
    validateBoolean(windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  propagateCoverageDirectory(env, options.env);
  const envPairs = [];
  // Inherited (prototype) keys count too, as in Node.
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    validateArgumentNullCheck(key, `options.env['${key}']`);
    validateArgumentNullCheck(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }

  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!windowsVerbatimArguments,
  };
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// killSignal as a signal number (undefined stays undefined: the binding sends SIGTERM).
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  }
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
}

// The three first entries a stdio string stands for, and `channel` ('ipc') after them (fork).
function stdioStringToArray(stdio, channel) {
  let list;
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      list = [stdio, stdio, stdio];
      break;
    case 'inherit':
      list = [0, 1, 2];
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) list.push(channel);
  return list;
}

// The stdio option as the binding's list of {type, readable, writable, input, fd}, in
// {stdio, ipc, ipcFd} ('pipe' entries get their Pipe handle from ChildProcess.spawn; 'ipc',
// allowed once and only in the asynchronous form, gets an IPC Pipe here). Stream objects are
// taken by their fd.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);

  const result = [];
  let ipc;
  let ipcFd;
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' ||
               (typeof entry === 'number' && entry < 0)) {
      result.push({
        type: entry === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      });
    } else if (entry === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc !== undefined) {
        for (const e of result) if (e.handle) e.handle.close();
        throw new ERR_IPC_ONE_PIPE();
      }
      lazyAsyncBindings();
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      result.push({ type: 'pipe', handle: ipc, ipc: true, readable: true, writable: true });
    } else if (entry === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry.fd === 'number') {
      result.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (ArrayBuffer.isView(entry) || typeof entry === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(entry));
      // Node 20 accepts these in the synchronous form but leaves them out of the list, so
      // the entries after them move down one fd; kept for compatibility.
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

let spawnSyncBinding;
let FastBuffer;

function toBuffer(bytes) {
  if (FastBuffer === undefined) ({ FastBuffer } = require('internal/buffer'));
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Runs options (normalized, with stdio from getValidStdio) to completion:
// {error?, status, signal, output, pid, stdout, stderr}, output decoded per options.encoding.
function spawnSync(options) {
  if (spawnSyncBinding === undefined) spawnSyncBinding = internalBinding('spawn_sync');
  const result = spawnSyncBinding.spawn(options);

  if (result.output) {
    const decode = options.encoding && options.encoding !== 'buffer';
    for (let i = 0; i < result.output.length; i++) {
      const bytes = result.output[i];
      if (!bytes) continue;
      const buf = toBuffer(bytes);
      result.output[i] = decode ? buf.toString(options.encoding) : buf;
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];

  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

// -- the asynchronous form: a ChildProcess over internalBinding('process_wrap') --

let Process;
let Pipe;
let PipeConstants;
let EventEmitter;
let osSignals;

function lazyAsyncBindings() {
  if (Process !== undefined) return;
  ({ Process } = internalBinding('process_wrap'));
  ({ Pipe, constants: PipeConstants } = internalBinding('pipe_wrap'));
  osSignals = require('os').constants.signals;
}

function signalName(signo) {
  for (const name of Object.keys(osSignals)) {
    if (osSignals[name] === signo) return name;
  }
  return null;
}

// libuv codes Node reports as an 'error' event rather than a throw from spawn().
const kAsyncSpawnErrors = ['EACCES', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT'];

function createSocket(handle, readable) {
  const net = require('net');
  return new net.Socket({ handle, readable, writable: !readable });
}

// 'close' waits for 'exit' and for every stdio stream to close.
function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

function getEventEmitter() {
  if (EventEmitter === undefined) EventEmitter = require('events');
  return EventEmitter;
}

function ChildProcess() {
  getEventEmitter().call(this);
  lazyAsyncBindings();
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new Process();
  this._handle.onexit = (exitCode, signo) => {
    if (signo) this.signalCode = signalName(signo);
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}

function setupChildProcess() {
  const EE = getEventEmitter();
  Object.setPrototypeOf(ChildProcess.prototype, EE.prototype);
  Object.setPrototypeOf(ChildProcess, EE);
}

function onErrorNT(child, err) {
  if (child._handle) child._handle.onexit(err, 0);
}

function onSpawnNT(child) {
  child.emit('spawn');
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  let stdio;
  let ipc;
  let ipcFd;
  const { serialization = 'json' } = options;
  try {
    validateOneOf(serialization, 'options.serialization', ['json', 'advanced']);
    ({ stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false));
  } catch (err) {
    this._handle.close();
    this._handle = null;
    throw err;
  }
  if (ipc !== undefined) {
    // the child finds its end of the channel through these (lib/internal/main/run.js)
    options = {
      ...options,
      envPairs: [...(options.envPairs || []), `NODE_CHANNEL_FD=${ipcFd}`,
                 `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`],
    };
  }
  for (const entry of stdio) {
    if ((entry.type === 'pipe' || entry.type === 'overlapped') && !entry.handle) {
      entry.handle = new Pipe(PipeConstants.SOCKET);
    }
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn({ ...options, stdio });
  if (err && kAsyncSpawnErrors.includes(require('util').getSystemErrorName(err))) {
    process.nextTick(onErrorNT, this, err);
  } else if (err) {
    this._handle.close();
    this._handle = null;
    for (const entry of stdio) if (entry.handle) entry.handle.close();
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }
  this.pid = this._handle.pid;

  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (!entry.handle || entry.ipc) {
      this.stdio.push(null);
      continue;
    }
    const socket = createSocket(entry.handle, i !== 0);
    if (i > 0) {
      this._closesNeeded++;
      socket.on('close', () => maybeClose(this));
    }
    this.stdio.push(socket);
  }
  this.stdin = stdio.length >= 1 && this.stdio[0] != null ? this.stdio[0] : null;
  this.stdout = stdio.length >= 2 && this.stdio[1] != null ? this.stdio[1] : null;
  this.stderr = stdio.length >= 3 && this.stdio[2] != null ? this.stdio[2] : null;

  if (ipc !== undefined) {
    if (err) {
      ipc.close();
    } else {
      // 'close' waits for the channel too
      this._closesNeeded++;
      this.once('disconnect', () => maybeClose(this));
      require('internal/child_process/channel').setupChannel(this, ipc, serialization);
    }
  }
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    const name = require('util').getSystemErrorName(err);
    if (name !== 'ESRCH') this.emit('error', errnoException(err, 'kill'));
  }
  return false;
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

setupChildProcess();

module.exports = {
  ChildProcess,
  MAX_BUFFER,
  getValidStdio,
  stdioStringToArray,
  normalizeSpawnArguments,
  sanitizeKillSignal,
  spawnSync,
  validateArgumentNullCheck,
  validateMaxBuffer,
  validateTimeout,
};
