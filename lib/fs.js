'use strict';
// The fs module: synchronous and callback forms of the file system calls over
// internalBinding('fs') (src/fs.c). A synchronous binding call returns its value or a negative
// libuv code; an asynchronous one gets a request whose oncomplete(err, value) ends it.
// fs.promises lives in lib/internal/fs/promises.js, Dir in lib/internal/fs/dir.js.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  customPromisifyArgs,
  kEmptyObject,
  normalizeEncoding,
  promisify,
} = require('internal/util');
const {
  checkRmTarget,
  constants,
  copyObject,
  decodeName,
  Dirent,
  DirentFromStats,
  emitRecursiveRmdirWarning,
  getDirentSync,
  getDirentsSync,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedFlags,
  getValidatedPath,
  getValidMode,
  isArrayBufferView,
  isNativeStringEncoding,
  joinPath,
  kMaxUserId,
  lazyBuffer,
  makeReq,
  rmOptions,
  Stats,
  stringToBytes,
  stringToSymlinkType,
  toBuffer,
  toPathIfFileURL,
  toUnixTimestamp,
  uvError,
  uvErrorAsync,
  validateBufferArray,
  validateCallback,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmdirOptions,
  wantsBytes,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK } = constants;
const kDefaultReadSize = 16384;

// Throws Node's error for a failed synchronous binding call, its stack starting at the API
// function that called check().
function check(result, syscall, path, dest) {
  if (typeof result === 'number' && result < 0) throw uvError(result, syscall, path, dest, check);
  return result;
}

function isFd(path) {
  return path === (path | 0);
}

// Names in an encoding: the binding makes strings (UTF-8) or bytes.
function encodeNames(names, encoding) {
  if (!wantsBytes(encoding)) return names;
  for (let i = 0; i < names.length; i++) names[i] = decodeName(names[i], encoding);
  return names;
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// --- access, exists ---------------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  validateCallback(callback);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, makeReq(callback, 'access', path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  check(binding.access(path, mode), 'access', path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}

Object.defineProperty(exists, promisify.custom, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

// --- whole files ------------------------------------------------------------------------------

// The binding reads a whole file in one go: a string when asked for UTF-8, else bytes; a
// number is the size of a file too large for one buffer.
function fileResult(value, encoding) {
  if (typeof value === 'number') throw new ERR_FS_FILE_TOO_LARGE(value);
  if (typeof value === 'string') return value;
  const buffer = toBuffer(value);
  return encoding ? buffer.toString(encoding) : buffer;
}

function readFile(path, options, callback) {
  callback = validateCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  let flags;
  if (isFd(path)) {
    path = getValidatedFd(path);
  } else {
    path = getValidatedPath(path);
    flags = getValidatedFlags(options.flag, 'r');
  }
  const { encoding, signal } = options;
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  const utf8 = encoding != null && encoding !== 'buffer' && normalizeEncoding(encoding) === 'utf8';
  binding.readFile(path, flags, utf8, {
    oncomplete(err, value) {
      if (err !== null) {
        const syscall = typeof value === 'string' ? value : 'read';
        return callback(uvErrorAsync(err, syscall, syscall === 'open' ? path : undefined));
      }
      if (signal?.aborted) return callback(abortError(signal));
      let result;
      try {
        result = fileResult(value, encoding);
      } catch (e) {
        return callback(e);
      }
      callback(null, result);
    },
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  let flags;
  if (isFd(path)) {
    path = getValidatedFd(path);
  } else {
    path = getValidatedPath(path);
    flags = getValidatedFlags(options.flag, 'r');
  }
  const { encoding } = options;
  const utf8 = encoding != null && encoding !== 'buffer' && normalizeEncoding(encoding) === 'utf8';
  const ctx = {};
  const value = binding.readFile(path, flags, utf8, undefined, ctx);
  if (typeof value === 'number' && value < 0) {
    check(value, ctx.syscall, ctx.syscall === 'open' ? path : undefined);
  }
  return fileResult(value, encoding);
}

function validateWriteData(data, name = 'data') {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

// Data as the binding's writeFile takes it: a string (written as UTF-8) or a view.
function writeFileData(data, encoding) {
  if (typeof data !== 'string') return data;
  const enc = normalizeEncoding(encoding || 'utf8');
  return enc === 'utf8' ? data : stringToBytes(data, enc);
}

const kWriteFileDefaults = { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false };

// Where writeFile writes: an fd, or a path opened with flags and mode (which the callback
// form validates in the other order, as Node's fs.open does).
function writeFileTarget(path, options, defaultFlag, modeFirst) {
  if (isFd(path)) return { target: getValidatedFd(path), flags: 0, mode: 0 };
  const target = getValidatedPath(path);
  let mode;
  if (modeFirst) mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = getValidatedFlags(options.flag || defaultFlag, defaultFlag);
  if (!modeFirst) mode = parseFileMode(options.mode, 'mode', 0o666);
  return { target, flags, mode };
}

function writeFile(path, data, options, callback) {
  callback = validateCallback(callback || options);
  options = getOptions(options, kWriteFileDefaults);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  validateWriteData(data);
  const { target, flags, mode } = writeFileTarget(path, options, 'w', true);
  const { signal } = options;
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  binding.writeFile(target, writeFileData(data, options.encoding), flags, mode, flush, {
    oncomplete(err, syscall) {
      if (err !== null) {
        return callback(uvErrorAsync(err, syscall, syscall === 'open' ? target : undefined));
      }
      if (signal?.aborted) return callback(abortError(signal));
      callback(null);
    },
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, kWriteFileDefaults);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  validateWriteData(data);
  const { target, flags, mode } = writeFileTarget(path, options, 'w');
  const ctx = {};
  const r = binding.writeFile(target, writeFileData(data, options.encoding), flags, mode, flush,
                              undefined, ctx);
  if (r !== undefined) check(r, ctx.syscall, ctx.syscall === 'open' ? target : undefined);
}

function appendOptions(path, options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = validateCallback(callback || options);
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// --- open, close, read, write -----------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = getValidatedFlags(flags, 'r');
  validateCallback(callback);
  binding.open(path, flagsNumber, mode, makeReq(callback, 'open', path));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = getValidatedFlags(flags, 'r');
  mode = parseFileMode(mode, 'mode', 0o666);
  return check(binding.open(path, flagsNumber, mode), 'open', path);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.close(fd, makeReq(callback, 'close'));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.close(fd), 'close');
}

function validateReadBuffer(buffer) {
  validateBuffer(buffer);
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, buffer, callback) or read(fd, options, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(kDefaultReadSize) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = lazyBuffer().alloc(kDefaultReadSize);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateCallback(callback);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  validateReadBuffer(buffer);
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  binding.read(fd, buffer, offset, length, position, {
    oncomplete(err, bytesRead) {
      if (err !== null) callback(uvErrorAsync(err, 'read'), 0, buffer);
      else callback(null, bytesRead, buffer);
    },
  });
}
Object.defineProperty(read, customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  validateReadBuffer(buffer);
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  return check(binding.read(fd, buffer, offset, length, position), 'read');
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  validateCallback(callback);
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers, position, {
    oncomplete(err, bytesRead) {
      if (err !== null) callback(uvErrorAsync(err, 'read'), 0, buffers);
      else callback(null, bytesRead, buffers);
    },
  });
}
Object.defineProperty(readv, customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return check(binding.readBuffers(fd, buffers, position), 'read');
}

// A string write: the binding encodes UTF-8 and Latin-1 itself; other encodings (and an
// unknown one, as UTF-8) go as bytes.
function writeStringArgs(string, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined || isNativeStringEncoding(enc)) return [string, enc === 'latin1'];
  return [stringToBytes(string, enc), false];
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = validateCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, buffer, offset, length, position, writeReq(callback, buffer));
    return;
  }
  validateWriteData(buffer, 'buffer');
  // write(fd, string[, position[, encoding]], callback)
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const string = buffer;
  validateEncoding(string, length);
  callback = validateCallback(position);
  const [data, latin1] = writeStringArgs(string, length);
  const req = writeReq(callback, string);
  if (typeof data === 'string') binding.writeString(fd, data, offset, latin1, req);
  else binding.writeBuffer(fd, data, 0, data.byteLength, offset, req);
}
Object.defineProperty(write, customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writeReq(callback, buffer) {
  return {
    oncomplete(err, written) {
      if (err !== null) callback(uvErrorAsync(err, 'write'), 0, buffer);
      else callback(null, written, buffer);
    },
  };
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return check(binding.writeBuffer(fd, buffer, offset, length, position), 'write');
  }
  validateWriteData(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  const [data, latin1] = writeStringArgs(buffer, length);
  if (typeof data === 'string') {
    return check(binding.writeString(fd, data, offset, latin1), 'write');
  }
  return check(binding.writeBuffer(fd, data, 0, data.byteLength, offset), 'write');
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  validateCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers, position, writeReq(callback, buffers));
}
Object.defineProperty(writev, customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return check(binding.writeBuffers(fd, buffers, position), 'write');
}

// --- rename, truncate, links, unlink ----------------------------------------------------------

function rename(oldPath, newPath, callback) {
  validateCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, makeReq(callback, 'rename', oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  check(binding.rename(oldPath, newPath), 'rename', oldPath, newPath);
}

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
                      'fs.ftruncate with a file descriptor instead.',
                      'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  validateCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, {
      oncomplete(truncateErr) {
        const error = truncateErr === null ? null : uvErrorAsync(truncateErr, 'ftruncate');
        close(fd, (closeErr) => callback(aggregateTwoErrors(closeErr, error)));
      },
    });
  });
}

function truncateSync(path, len) {
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, len, makeReq(callback, 'ftruncate'));
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fd = getValidatedFd(fd);
  len = Math.max(0, len);
  check(binding.ftruncate(fd, len), 'ftruncate');
}

function link(existingPath, newPath, callback) {
  validateCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, makeReq(callback, 'link', existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  check(binding.link(existingPath, newPath), 'link', existingPath, newPath);
}

function symlink(target, path, type, callback) {
  callback = validateCallback(arguments[arguments.length - 1]);
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  binding.symlink(target, path, flags, makeReq(callback, 'symlink', target, path));
}

function symlinkSync(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  check(binding.symlink(target, path, flags), 'symlink', target, path);
}

function readlink(path, options, callback) {
  callback = validateCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const { encoding } = options;
  binding.readlink(path, wantsBytes(encoding),
                   makeReq(callback, 'readlink', path, undefined,
                           (value) => decodeName(value, encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const { encoding } = options;
  return decodeName(check(binding.readlink(path, wantsBytes(encoding)), 'readlink', path),
                    encoding);
}

function unlink(path, callback) {
  validateCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, makeReq(callback, 'unlink', path));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  check(binding.unlink(path), 'unlink', path);
}

// --- modes, owners, times ---------------------------------------------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  validateCallback(callback);
  binding.chmod(path, mode, makeReq(callback, 'chmod', path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  check(binding.chmod(path, mode), 'chmod', path);
}

function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.fchmod(fd, mode, makeReq(callback, 'fchmod'));
}

function fchmodSync(fd, mode) {
  mode = parseFileMode(mode, 'mode');
  fd = getValidatedFd(fd);
  check(binding.fchmod(fd, mode), 'fchmod');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  validateCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, makeReq(callback, 'chown', path));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  check(binding.chown(path, uid, gid), 'chown', path);
}

function lchown(path, uid, gid, callback) {
  validateCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, makeReq(callback, 'lchown', path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  check(binding.lchown(path, uid, gid), 'lchown', path);
}

function fchown(fd, uid, gid, callback) {
  validateIds(uid, gid);
  validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.fchown(fd, uid, gid, makeReq(callback, 'fchown'));
}

function fchownSync(fd, uid, gid) {
  validateIds(uid, gid);
  fd = getValidatedFd(fd);
  check(binding.fchown(fd, uid, gid), 'fchown');
}

function utimes(path, atime, mtime, callback) {
  validateCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                 makeReq(callback, 'utime', path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'utime', path);
}

function futimes(fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.futimes(fd, atime, mtime, makeReq(callback, 'futime'));
}

function futimesSync(fd, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  fd = getValidatedFd(fd);
  check(binding.futimes(fd, atime, mtime), 'futime');
}

function lutimes(path, atime, mtime, callback) {
  validateCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  makeReq(callback, 'lutime', path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'lutime', path);
}

function fsync(fd, callback) {
  validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeReq(callback, 'fsync'));
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.fsync(fd), 'fsync');
}

function fdatasync(fd, callback) {
  validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeReq(callback, 'fdatasync'));
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.fdatasync(fd), 'fdatasync');
}

// --- stat -------------------------------------------------------------------------------------

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, options.bigint, makeReq(callback, 'stat', path, undefined,
                                             getStatsFromBinding));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, options.bigint, makeReq(callback, 'lstat', path, undefined,
                                              getStatsFromBinding));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateCallback(callback);
  fd = getValidatedFd(fd);
  binding.fstat(fd, options.bigint, makeReq(callback, 'fstat', undefined, undefined,
                                            getStatsFromBinding));
}

function statResultSync(result, syscall, path, options) {
  if (typeof result === 'number') {
    if (result === -2 /* UV_ENOENT */ && options.throwIfNoEntry === false) return undefined;
    check(result, syscall, path);
  }
  return getStatsFromBinding(result);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return statResultSync(binding.stat(path, options.bigint), 'stat', path, options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return statResultSync(binding.lstat(path, options.bigint), 'lstat', path, options);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(check(binding.fstat(fd, options.bigint), 'fstat'));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, options.bigint, makeReq(callback, 'statfs', path, undefined,
                                               getStatFsFromBinding));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(check(binding.statfs(path, options.bigint), 'statfs', path));
}

// --- directories ------------------------------------------------------------------------------

// mkdir's options: a mode, or { recursive, mode } (the mode is parsed last, as in Node).
function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options && typeof options === 'object') {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  let { mode, recursive } = mkdirArgs(options);
  validateCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  mode = parseFileMode(mode, 'mode');
  binding.mkdir(path, mode, recursive, false, makeReq(callback, 'mkdir', path));
}

function mkdirSync(path, options) {
  let { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  mode = parseFileMode(mode, 'mode');
  const result = binding.mkdir(path, mode, recursive, false);
  if (typeof result === 'number') check(result, 'mkdir', path);
  return result;
}

let nonPortableTemplateWarned = false;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarned) return;
  const last = typeof template === 'string' ? template[template.length - 1] :
    String.fromCharCode(template[template.length - 1]);
  if (last === 'X') {
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarned = true;
  }
}

function mkdtemp(prefix, options, callback) {
  callback = validateCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const { encoding } = options;
  binding.mkdtemp(prefix, wantsBytes(encoding),
                  makeReq(callback, 'mkdtemp', `${prefix}XXXXXX`, undefined,
                          (value) => decodeName(value, encoding)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const { encoding } = options;
  const result = check(binding.mkdtemp(prefix, wantsBytes(encoding)), 'mkdtemp',
                       `${prefix}XXXXXX`);
  return decodeName(result, encoding);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    lstat(path, (err, stats) => {
      if (err) return callback(err);
      // a file gets rmdir's own ENOTDIR
      if (!stats.isDirectory()) return binding.rmdir(path, makeReq(callback, 'rmdir', path));
      require('internal/fs/rimraf').rimraf(path, { ...options, force: false }, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, makeReq(callback, 'rmdir', path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    if (lstatSync(path).isDirectory()) {
      return require('internal/fs/rimraf').rimrafSync(path, { ...options, force: false });
    }
  }
  validateRmdirOptions(options);
  check(binding.rmdir(path), 'rmdir', path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = rmOptions(options);
  lstat(path, (err, stats) => {
    const ok = checkRmTarget(path, options, err, stats);
    if (ok === false) return callback(null);
    if (ok !== true) return callback(ok);
    require('internal/fs/rimraf').rimraf(path, options, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  let err = null;
  let stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    err = e;
  }
  const ok = checkRmTarget(path, options, err, stats);
  if (ok === false) return;
  if (ok !== true) throw ok;
  require('internal/fs/rimraf').rimrafSync(path, options);
}

function readdirResult(path, result, options) {
  const { encoding } = options;
  if (!options.withFileTypes) return encodeNames(result, encoding);
  return getDirentsSync(path, encodeNames(result[0], encoding), result[1],
                        (full) => binding.lstat(full, false));
}

function readdir(path, options, callback) {
  callback = validateCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    readdirRecursive(path, options, callback);
    return;
  }
  const withFileTypes = Boolean(options.withFileTypes);
  binding.readdir(path, wantsBytes(options.encoding), withFileTypes, {
    oncomplete(err, value) {
      if (err !== null) return callback(uvErrorAsync(err, 'scandir', path));
      if (!withFileTypes) return callback(null, encodeNames(value, options.encoding));
      getDirents(path, encodeNames(value[0], options.encoding), value[1], callback);
    },
  });
}

// Dirents, lstat'ing (asynchronously) the entries whose type the file system did not report.
function getDirents(path, names, types, callback) {
  const out = new Array(names.length);
  let pending = 0;
  let failed = false;
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== constants.UV_DIRENT_UNKNOWN) {
      out[i] = new Dirent(names[i], types[i], path);
      continue;
    }
    pending++;
    const full = joinPath(path, names[i]);
    binding.lstat(full, false, {
      oncomplete(err, stats) {
        if (failed) return;
        if (err !== null) {
          failed = true;
          return callback(uvErrorAsync(err, 'lstat', full));
        }
        out[i] = new DirentFromStats(names[i], getStatsFromBinding(stats), path);
        if (--pending === 0) callback(null, out);
      },
    });
  }
  if (pending === 0) callback(null, out);
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirSyncRecursive(path, options);
  const result = check(binding.readdir(path, wantsBytes(options.encoding),
                                       Boolean(options.withFileTypes)), 'scandir', path);
  return readdirResult(path, result, options);
}

// Recursive listings go breadth-first, as Node's do: names relative to the top, or Dirents
// whose path is their directory. Without file types, symlinks to directories are followed.
function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const { encoding } = options;
  const bytes = wantsBytes(encoding);
  const results = [];
  const queue = [basePath];
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const result = check(binding.readdir(dir, bytes, withFileTypes), 'scandir', dir);
    if (withFileTypes) {
      const names = encodeNames(result[0], encoding);
      for (let i = 0; i < names.length; i++) {
        const dirent = getDirentSync(dir, names[i], result[1][i],
                                     (full) => binding.lstat(full, false));
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(joinPath(dir, dirent.name));
      }
    } else {
      const names = encodeNames(result, encoding);
      for (let i = 0; i < names.length; i++) {
        const full = joinPath(dir, names[i]);
        results.push(relativeName(basePath, full, encoding));
        if (binding.internalModuleStat(typeof full === 'string' ? full : full.toString()) === 1) {
          queue.push(full);
        }
      }
    }
  }
  return results;
}

function relativeName(basePath, full, encoding) {
  if (typeof full === 'string') return pathModule.relative(basePath, full);
  const rel = pathModule.relative(basePath.toString(), full.toString());
  return encoding === 'buffer' ? lazyBuffer().from(rel) : lazyBuffer().from(rel).toString(encoding);
}

function readdirRecursive(basePath, options, callback) {
  const withFileTypes = Boolean(options.withFileTypes);
  const { encoding } = options;
  const bytes = wantsBytes(encoding);
  const results = [];
  const queue = [basePath];
  let q = 0;
  function next() {
    if (q === queue.length) return callback(null, results);
    const dir = queue[q++];
    binding.readdir(dir, bytes, withFileTypes, {
      oncomplete(err, result) {
        if (err !== null) return callback(uvErrorAsync(err, 'scandir', dir));
        if (withFileTypes) {
          getDirents(dir, encodeNames(result[0], encoding), result[1], (err, dirents) => {
            if (err) return callback(err);
            for (const dirent of dirents) {
              results.push(dirent);
              if (dirent.isDirectory()) queue.push(joinPath(dir, dirent.name));
            }
            next();
          });
          return;
        }
        const names = encodeNames(result, encoding);
        for (let i = 0; i < names.length; i++) {
          const full = joinPath(dir, names[i]);
          results.push(relativeName(basePath, full, encoding));
          const str = typeof full === 'string' ? full : full.toString();
          if (binding.internalModuleStat(str) === 1) queue.push(full);
        }
        next();
      },
    });
  }
  next();
}

// --- realpath ---------------------------------------------------------------------------------

function encodeRealpathResult(result, options) {
  const { encoding } = options;
  if (!encoding || encoding === 'utf8') return result;
  const buffer = lazyBuffer().from(result);
  return encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

function linkId(stats) {
  return `${stats.dev.toString(32)}:${stats.ino.toString(32)}`;
}

// Resolves symlinks one component at a time (lstat, then stat + readlink for links), so that
// errors name the component and syscall that failed, as Node's JS realpath does. `ops` gives
// the steps, synchronous or not: lstat(path, cb), statThenReadlink(path, cb).
function realpathWalk(p, ops, callback) {
  const seenLinks = new Map();
  const knownHard = new Set();
  let pos;
  let current;
  let base;

  function start() {
    pos = 1;
    current = '/';
    base = '/';
    loop();
  }

  function loop() {
    while (pos < p.length) {
      const next = p.indexOf('/', pos);
      const part = next === -1 ? p.slice(pos) : p.slice(pos, next);
      const previous = current;
      current = next === -1 ? p : p.slice(0, next + 1);
      base = previous + part;
      pos = next === -1 ? p.length : next + 1;
      if (part === '' || knownHard.has(base)) continue;
      return ops.lstat(base, (err, stats) => {
        if (err) return callback(err);
        if (!stats.isSymbolicLink()) {
          knownHard.add(base);
          return loop();
        }
        const id = linkId(stats);
        const known = seenLinks.get(id);
        if (known !== undefined) return gotTarget(previous, known);
        ops.statThenReadlink(base, (err, target) => {
          if (err) return callback(err);
          seenLinks.set(id, target);
          gotTarget(previous, target);
        });
      });
    }
    callback(null, p);
  }

  function gotTarget(previous, target) {
    const resolvedLink = pathModule.resolve(previous, target);
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    start();
  }

  start();
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  p = pathModule.resolve(p);
  let out;
  // Synchronous steps call back at once; errors are thrown from here.
  realpathWalk(p, {
    lstat(path, cb) {
      cb(null, getStatsFromBinding(check(binding.lstat(path, false), 'lstat', path)));
    },
    statThenReadlink(path, cb) {
      check(binding.stat(path, false), 'stat', path);
      cb(null, check(binding.readlink(path, false), 'readlink', path));
    },
  }, (err, result) => {
    if (err) throw err;
    out = result;
  });
  return encodeRealpathResult(out, options);
}

function realpath(p, options, callback) {
  callback = validateCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  p = pathModule.resolve(p);
  realpathWalk(p, {
    lstat(path, cb) {
      binding.lstat(path, false, makeReq(cb, 'lstat', path, undefined, getStatsFromBinding));
    },
    statThenReadlink(path, cb) {
      binding.stat(path, false, makeReq((err) => {
        if (err) return cb(err);
        binding.readlink(path, false, makeReq(cb, 'readlink', path));
      }, 'stat', path));
    },
  }, (err, result) => {
    if (err) return callback(err);
    callback(null, encodeRealpathResult(result, options));
  });
}

realpathSync.native = function(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const { encoding } = options;
  return decodeName(check(binding.realpathNative(path, wantsBytes(encoding)), 'realpath',
                          path), encoding);
};

realpath.native = function(path, options, callback) {
  callback = validateCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  const { encoding } = options;
  binding.realpathNative(path, wantsBytes(encoding),
                         makeReq(callback, 'realpath', path, undefined,
                                 (value) => decodeName(value, encoding)));
};

// --- copyFile, cp -----------------------------------------------------------------------------

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  validateCallback(callback);
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode, makeReq(callback, 'copyfile', src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  check(binding.copyFile(src, dest, mode), 'copyfile', src, dest);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateCallback(callback);
  const { cpFn, validateCpOptions } = require('internal/fs/cp');
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  cpFn(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  const { cpSyncFn, validateCpOptions } = require('internal/fs/cp');
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  cpSyncFn(src, dest, options);
}

// --- streams ----------------------------------------------------------------------------------

// The stream classes load on first use; assigning fs.ReadStream (as some packages do) replaces
// the class createReadStream makes.
let ReadStream;
let WriteStream;
let FileReadStream;
let FileWriteStream;

function lazyLoadStreams() {
  if (ReadStream !== undefined) return;
  ({ ReadStream, WriteStream } = require('internal/fs/streams'));
  FileReadStream = ReadStream;
  FileWriteStream = WriteStream;
}

function createReadStream(path, options) {
  lazyLoadStreams();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  lazyLoadStreams();
  return new WriteStream(path, options);
}

// --- openAsBlob -------------------------------------------------------------------------------

// A Blob of the file's contents, read now (Node reads them when the Blob is read; the file must
// not change meanwhile either way).
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  path = getValidatedPath(path);
  const data = binding.readFile(path, getValidatedFlags('r'), false);
  if (typeof data !== 'object') {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const { Blob } = require('internal/blob');
  return Promise.resolve(new Blob([data], { type }));
}

// --- watching -------------------------------------------------------------------------------

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  require('internal/fs/watchers').unwatchFile(filename, listener);
}

// --- the module -------------------------------------------------------------------------------

let promisesModule;

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  // lchmod exists only where O_SYMLINK does (macOS)
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  get ReadStream() {
    lazyLoadStreams();
    return ReadStream;
  },
  set ReadStream(value) {
    ReadStream = value;
  },
  get WriteStream() {
    lazyLoadStreams();
    return WriteStream;
  },
  set WriteStream(value) {
    WriteStream = value;
  },
  // Node's older names for the same classes
  get FileReadStream() {
    lazyLoadStreams();
    return FileReadStream;
  },
  set FileReadStream(value) {
    FileReadStream = value;
  },
  get FileWriteStream() {
    lazyLoadStreams();
    return FileWriteStream;
  },
  set FileWriteStream(value) {
    FileWriteStream = value;
  },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() {
    return require('internal/fs/dir').Dir;
  },
  set Dir(value) {
    Object.defineProperty(this, 'Dir', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
  opendir(path, options, callback) {
    return require('internal/fs/dir').opendir(path, options, callback);
  },
  opendirSync(path, options) {
    return require('internal/fs/dir').opendirSync(path, options);
  },
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
  get promises() {
    if (promisesModule === undefined) promisesModule = require('internal/fs/promises').exports;
    return promisesModule;
  },
};

// Read-only, in its place among the keys.
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, value: constants, writable: false, enumerable: true, configurable: false,
});
