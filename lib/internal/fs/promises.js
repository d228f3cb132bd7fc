'use strict';
// fs.promises: the file system calls as promises, and FileHandle. Each call hands the binding
// (src/fs.c) a request whose oncomplete settles the promise.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  kEmptyObject,
  normalizeEncoding,
  SymbolAsyncDispose,
} = require('internal/util');
const {
  constants,
  copyObject,
  decodeName,
  Dirent,
  DirentFromStats,
  emitRecursiveRmdirWarning,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFlags,
  getValidatedPath,
  getValidMode,
  isArrayBufferView,
  isNativeStringEncoding,
  joinPath,
  kMaxUserId,
  lazyBuffer,
  rmEISDIR,
  rmOptions,
  stringToBytes,
  stringToSymlinkType,
  toBuffer,
  toUnixTimestamp,
  uvErrorAsync,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  wantsBytes,
} = require('internal/fs/utils');

const { F_OK, UV_DIRENT_UNKNOWN } = constants;
const kDefaultReadSize = 16384;

// Runs invoke(req) and settles with the binding's value, or Node's error for `syscall` on
// `path` (-> `dest`); calls of several steps name the failed one themselves.
function call(syscall, path, dest, invoke) {
  return new Promise((resolve, reject) => {
    invoke({
      oncomplete(err, value, failedPath) {
        if (err === null) {
          resolve(value);
          return;
        }
        if (typeof failedPath === 'string') path = failedPath;
        const failed = typeof value === 'string' ? value : syscall;
        reject(uvErrorAsync(err, failed, failed === syscall ? path : undefined, dest));
      },
    });
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function utf8Wanted(encoding) {
  return encoding != null && encoding !== 'buffer' && normalizeEncoding(encoding) === 'utf8';
}

function fileResult(value, encoding) {
  if (typeof value === 'number') throw new ERR_FS_FILE_TOO_LARGE(value);
  if (typeof value === 'string') return value;
  const buffer = toBuffer(value);
  return encoding ? buffer.toString(encoding) : buffer;
}

function names(value, encoding) {
  if (!wantsBytes(encoding)) return value;
  for (let i = 0; i < value.length; i++) value[i] = decodeName(value[i], encoding);
  return value;
}

// --- FileHandle -------------------------------------------------------------------------------

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kState = Symbol('kState');
const kRef = Symbol('kRef');
const kLocked = Symbol('kLocked');
const kUnref = Symbol('kUnref');

let deprecationWarned = false;
// A handle dropped while open: close its fd and say so, as Node does on garbage collection.
const gcRegistry = new FinalizationRegistry((state) => {
  if (state.fd === -1) return;
  const fd = state.fd;
  state.fd = -1;
  binding.close(fd);
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!deprecationWarned) {
    deprecationWarned = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
        'Please close FileHandle objects explicitly using ' +
        'FileHandle.prototype.close(). In the future, an error will be ' +
        'thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  }
});

function closeFd(handle) {
  const state = handle[kState];
  const fd = state.fd;
  state.fd = -1;
  gcRegistry.unregister(state);
  return call('close', undefined, undefined, (req) => binding.close(fd, req));
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this[kState] = { fd };
    gcRegistry.register(this, this[kState], this[kState]);
  }

  getAsyncId() {
    return this[kFd] === -1 ? -1 : this[kFd];
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFileHandle, this, data, appendOptions(options));
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFileHandle, this, options);
  }

  // The lines of the file (from a createReadStream with these options), as readline gives
  // them: 'line' events and async iteration.
  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }

  // The file as a web ReadableStream from the current position: ArrayBuffer chunks, or with
  // type 'bytes' a byte stream (BYOB reads). The handle stays open; closing it cancels the
  // stream.
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    if (options.type !== undefined) validateString(options.type, 'options.type');
    const { ReadableStream, readableStreamCancel } =
      require('internal/webstreams/readablestream');
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this[kUnref]();
    };
    let readable;
    if (options.type === 'bytes') {
      readable = new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        pull: async (controller) => {
          const view = controller.byobRequest.view;
          const { bytesRead } = await this.read(view, view.byteOffset, view.byteLength);
          if (bytesRead === 0) {
            finish();
            controller.close();
          }
          controller.byobRequest.respond(bytesRead);
        },
        cancel: finish,
      });
    } else {
      readable = new ReadableStream({
        pull: async (controller) => {
          const buffer = lazyBuffer().allocUnsafeSlow(64 * 1024);
          const { bytesRead } = await this.read(buffer, 0, buffer.length);
          if (bytesRead === 0) {
            finish();
            controller.close();
            return;
          }
          controller.enqueue(buffer.buffer.slice(0, bytesRead));
        },
        cancel: finish,
      });
    }
    this[kRef]();
    this.once('close', () => readableStreamCancel(readable));
    return readable;
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      this[kClosePromise] = closeFd(this).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [SymbolAsyncDispose]() {
    return this.close();
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    if (--this[kRefs] === 0) {
      this[kFd] = -1;
      closeFd(this).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

async function fsCall(fn, handle, ...args) {
  if (handle[kRefs] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  }
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

// Runs fn on a FileHandle opened for the duration, closing it after (a close error only
// matters when fn succeeded).
async function withOpenFile(path, flags, mode, fn) {
  const handle = await open(path, flags, mode);
  let result;
  try {
    result = await fn(handle);
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }
  await handle.close();
  return result;
}

// --- operations on a handle -------------------------------------------------------------------

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call('fchmod', undefined, undefined, (req) => binding.fchmod(handle.fd, mode, req));
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('fchown', undefined, undefined,
              (req) => binding.fchown(handle.fd, uid, gid, req));
}

async function fdatasync(handle) {
  return call('fdatasync', undefined, undefined, (req) => binding.fdatasync(handle.fd, req));
}

async function fsync(handle) {
  return call('fsync', undefined, undefined, (req) => binding.fsync(handle.fd, req));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // read(options)
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = lazyBuffer().alloc(kDefaultReadSize),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    // read(buffer, options)
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  const bytesRead = await call('read', undefined, undefined,
                               (req) => binding.read(handle.fd, buffer, offset, length,
                                                     position, req));
  return { __proto__: null, bytesRead: bytesRead || 0, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = await call('read', undefined, undefined,
                               (req) => binding.readBuffers(handle.fd, buffers, position, req));
  return { __proto__: null, bytesRead: bytesRead || 0, buffers };
}

async function fstat(handle, options = { bigint: false }) {
  const stats = await call('fstat', undefined, undefined,
                           (req) => binding.fstat(handle.fd, options.bigint, req));
  return getStatsFromBinding(stats);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return call('ftruncate', undefined, undefined,
              (req) => binding.ftruncate(handle.fd, len, req));
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call('futime', undefined, undefined,
              (req) => binding.futimes(handle.fd, atime, mtime, req));
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = await call('write', undefined, undefined,
                                    (req) => binding.writeBuffer(handle.fd, buffer, offset,
                                                                 length, position, req));
    return { __proto__: null, bytesWritten: bytesWritten || 0, buffer };
  }
  validateStringData(buffer, 'buffer');
  validateEncoding(buffer, length);
  const enc = normalizeEncoding(length);
  let bytesWritten;
  if (enc === undefined || isNativeStringEncoding(enc)) {
    bytesWritten = await call('write', undefined, undefined,
                              (req) => binding.writeString(handle.fd, buffer, offset,
                                                           enc === 'latin1', req));
  } else {
    const bytes = stringToBytes(buffer, enc);
    bytesWritten = await call('write', undefined, undefined,
                              (req) => binding.writeBuffer(handle.fd, bytes, 0,
                                                           bytes.byteLength, offset, req));
  }
  return { __proto__: null, bytesWritten: bytesWritten || 0, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = await call('write', undefined, undefined,
                                  (req) => binding.writeBuffers(handle.fd, buffers, position,
                                                                req));
  return { __proto__: null, bytesWritten: bytesWritten || 0, buffers };
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  const { encoding, signal } = options;
  checkAborted(signal);
  const value = await call('read', undefined, undefined,
                           (req) => binding.readFile(handle.fd, 0, utf8Wanted(encoding), req));
  checkAborted(signal);
  return fileResult(value, encoding);
}

function validateStringData(data, name) {
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function isCustomIterable(obj) {
  return obj != null && typeof obj !== 'string' &&
    (typeof obj[Symbol.iterator] === 'function' ||
     typeof obj[Symbol.asyncIterator] === 'function');
}

function writeFileArgs(data, options) {
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringData(data, 'data');
  }
  if (typeof data === 'string') {
    const enc = normalizeEncoding(options.encoding || 'utf8');
    if (enc !== 'utf8') data = stringToBytes(data, enc);
  }
  return data;
}

// Writes data (a string, view or iterable of them) at the handle's position.
async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  data = writeFileArgs(data, options);
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (isCustomIterable(data) && !isArrayBufferView(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = typeof chunk === 'string' ? writeFileArgs(chunk, options) : chunk;
      if (typeof bytes !== 'string' && !isArrayBufferView(bytes)) {
        throw new ERR_INVALID_ARG_TYPE('data',
                                       ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      await call('write', undefined, undefined,
                 (req) => binding.writeFile(handle.fd, bytes, 0, 0, false, req));
    }
  } else {
    checkAborted(signal);
    await call('write', undefined, undefined,
               (req) => binding.writeFile(handle.fd, data, 0, 0, false, req));
  }
  checkAborted(signal);
  if (flush) await fsync(handle);
}

function appendOptions(options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  options.flag = options.flag || 'a';
  return options;
}

// --- path functions ---------------------------------------------------------------------------

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return call('access', path, undefined, (req) => binding.access(path, mode, req));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return call('copyfile', src, dest, (req) => binding.copyFile(src, dest, mode, req));
}

async function cp(src, dest, options) {
  const { cpFn, validateCpOptions } = require('internal/fs/cp');
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return cpFn(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = getValidatedFlags(flags, 'r');
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await call('open', path, undefined,
                        (req) => binding.open(path, flagsNumber, mode, req));
  return new FileHandle(fd);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('rename', oldPath, newPath, (req) => binding.rename(oldPath, newPath, req));
}

async function truncate(path, len = 0) {
  return withOpenFile(path, 'r+', undefined, (handle) => handle.truncate(len));
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  let stats;
  try {
    stats = await lstat(path);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if (stats.isDirectory() && !options.recursive) {
    throw rmEISDIR(path);
  }
  const { rimraf } = require('internal/fs/rimraf');
  return new Promise((resolve, reject) => {
    rimraf(path, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const stats = await stat(path);
    if (stats.isDirectory()) {
      const { rimraf } = require('internal/fs/rimraf');
      return new Promise((resolve, reject) => {
        rimraf(path, { ...options, force: false }, (err) => (err ? reject(err) : resolve()));
      });
    }
  }
  return call('rmdir', path, undefined, (req) => binding.rmdir(path, req));
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const modeNumber = parseFileMode(mode, 'mode', 0o777);
  return call('mkdir', path, undefined,
              (req) => binding.mkdir(path, modeNumber, recursive, false, req));
}

async function direntsOf(path, value, encoding) {
  const list = names(value[0], encoding);
  const types = value[1];
  const out = new Array(list.length);
  const lookups = [];
  for (let i = 0; i < list.length; i++) {
    if (types[i] !== UV_DIRENT_UNKNOWN) {
      out[i] = new Dirent(list[i], types[i], path);
      continue;
    }
    const full = joinPath(path, list[i]);
    lookups.push(call('lstat', full, undefined, (req) => binding.lstat(full, false, req))
      .then((stats) => {
        out[i] = new DirentFromStats(list[i], getStatsFromBinding(stats), path);
      }));
  }
  await Promise.all(lookups);
  return out;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const withFileTypes = Boolean(options.withFileTypes);
  const { encoding } = options;
  if (options.recursive) {
    const fs = require('fs');
    return new Promise((resolve, reject) => {
      fs.readdir(path, options, (err, result) => (err ? reject(err) : resolve(result)));
    });
  }
  const value = await call('scandir', path, undefined,
                           (req) => binding.readdir(path, wantsBytes(encoding), withFileTypes,
                                                    req));
  return withFileTypes ? direntsOf(path, value, encoding) : names(value, encoding);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const { encoding } = options;
  const value = await call('readlink', path, undefined,
                           (req) => binding.readlink(path, wantsBytes(encoding), req));
  return decodeName(value, encoding);
}

async function symlink(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  return call('symlink', target, path, (req) => binding.symlink(target, path, flags, req));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const stats = await call('lstat', path, undefined,
                           (req) => binding.lstat(path, options.bigint, req));
  return getStatsFromBinding(stats);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const stats = await call('stat', path, undefined,
                           (req) => binding.stat(path, options.bigint, req));
  return getStatsFromBinding(stats);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const stats = await call('statfs', path, undefined,
                           (req) => binding.statfs(path, options.bigint, req));
  return getStatFsFromBinding(stats);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('link', existingPath, newPath,
              (req) => binding.link(existingPath, newPath, req));
}

async function unlink(path) {
  path = getValidatedPath(path);
  return call('unlink', path, undefined, (req) => binding.unlink(path, req));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call('chmod', path, undefined, (req) => binding.chmod(path, mode, req));
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('lchown', path, undefined, (req) => binding.lchown(path, uid, gid, req));
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('chown', path, undefined, (req) => binding.chown(path, uid, gid, req));
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return call('utime', path, undefined, (req) => binding.utimes(path, atime, mtime, req));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return call('lutime', path, undefined, (req) => binding.lutimes(path, atime, mtime, req));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const { encoding } = options;
  const value = await call('realpath', path, undefined,
                           (req) => binding.realpathNative(path, wantsBytes(encoding), req));
  return decodeName(value, encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const { encoding } = options;
  const value = await call('mkdtemp', `${prefix}XXXXXX`, undefined,
                           (req) => binding.mkdtemp(prefix, wantsBytes(encoding), req));
  return decodeName(value, encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = writeFileArgs(data, options);
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  if (typeof data === 'string' || isArrayBufferView(data)) {
    path = getValidatedPath(path);
    const flags = getValidatedFlags(flag, 'w');
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    await call('open', path, undefined,
               (req) => binding.writeFile(path, data, flags, mode, flush, req));
    checkAborted(options.signal);
    return;
  }
  return withOpenFile(path, flag, options.mode,
                      (handle) => writeFileHandle(handle, data, options));
}

async function appendFile(path, data, options) {
  return writeFile(path, data, appendOptions(options));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return readFileHandle(path, options);
  const { encoding, signal } = options;
  path = getValidatedPath(path);
  const flags = getValidatedFlags(options.flag || 'r', 'r');
  checkAborted(signal);
  const value = await call('open', path, undefined,
                           (req) => binding.readFile(path, flags, utf8Wanted(encoding), req));
  checkAborted(signal);
  return fileResult(value, encoding);
}

async function opendir(path, options) {
  const { opendir: opendirCallback } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCallback(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    writeFile,
    appendFile,
    readFile,
    watch(filename, options) {
      return require('internal/fs/watchers').watchAsync(filename, options);
    },
    constants,
  },
  FileHandle,
  kRef,
  kUnref,
};
