'use strict';
// What lib/fs.js, lib/internal/fs/promises.js and friends share: Stats, BigIntStats, StatFs and
// Dirent; flags, modes and times; path, fd and buffer validation (file: URLs included); and the
// errors built from the binding's libuv codes (src/fs.c).

const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_OUT_OF_RANGE,
  },
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  uvException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { kEmptyObject, normalizeEncoding } = require('internal/util');
const pathModule = require('path');

const { fs: fsConstants } = internalBinding('constants');
// fs.constants is a null-prototype object of read-only numbers, as in Node.
if (Object.getPrototypeOf(fsConstants) !== null) {
  Object.setPrototypeOf(fsConstants, null);
  for (const key of Object.keys(fsConstants)) {
    Object.defineProperty(fsConstants, key, { __proto__: null, writable: false,
                                              configurable: false });
  }
}
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
  COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
  F_OK, R_OK, W_OK, X_OK,
} = fsConstants;

const kIoMaxLength = 2 ** 31 - 1;
const kReadFileUnknownBufferLength = 64 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;
const kMaxUserId = 2 ** 32 - 1;
const isWindows = process.platform === 'win32';

const kType = Symbol('type');
const kStats = Symbol('stats');

// --- buffers (lib/buffer.js is loaded only when bytes are involved) ---------------------------

let FastBufferClass;
function lazyFastBuffer() {
  if (FastBufferClass === undefined) FastBufferClass = require('internal/buffer').FastBuffer;
  return FastBufferClass;
}

let BufferClass;
function lazyBuffer() {
  if (BufferClass === undefined) BufferClass = require('buffer').Buffer;
  return BufferClass;
}

// A Buffer over the bytes of a Uint8Array the binding made (no copy).
function toBuffer(bytes) {
  const FastBuffer = lazyFastBuffer();
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

function isUint8Array(value) {
  return ArrayBuffer.isView(value) &&
    Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// --- errors -----------------------------------------------------------------------------------

// The error of a failed synchronous call, its stack starting at the caller of `skip` (the stack
// is captured once).
function uvError(errno, syscall, path, dest, skip = uvError) {
  if (!isErrorStackTraceLimitWritable()) {
    const err = uvException({ errno, syscall, path, dest });
    Error.captureStackTrace(err, skip);
    return err;
  }
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let err;
  try {
    err = uvException({ errno, syscall, path, dest });
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (limit > 0) Error.captureStackTrace(err, skip);
  return err;
}

// The error a callback or a promise gets: like Node's, made on the loop with no JS stack.
function uvErrorAsync(errno, syscall, path, dest) {
  if (typeof errno === 'object') return errno;
  if (!isErrorStackTraceLimitWritable()) return uvException({ errno, syscall, path, dest });
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return uvException({ errno, syscall, path, dest });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// A request for the binding: its oncomplete(err, value) calls callback(err) with Node's error
// (err: a negative libuv code, or an Error made by C), or callback(null[, map(value)]) -- no
// second argument for calls without a value, as in Node. For calls of several steps the
// binding names the failed step in place of the value (and may name the path after it).
function makeReq(callback, syscall, path, dest, map) {
  return {
    oncomplete(err, value, failedPath) {
      if (err !== null) {
        if (typeof failedPath === 'string') path = failedPath;
        callback(uvErrorAsync(err, typeof value === 'string' ? value : syscall, path, dest));
      } else if (value === undefined) {
        callback(null);
      } else {
        callback(null, map === undefined ? value : map(value));
      }
    },
  };
}

// --- paths ------------------------------------------------------------------------------------

function isURL(value) {
  return value != null && typeof value === 'object' && Boolean(value.href) &&
    Boolean(value.protocol) && value.auth === undefined && value.path === undefined;
}

let urlModule;
function fileURLToPath(url) {
  if (typeof url === 'string') {
    if (urlModule === undefined) urlModule = require('url');
    return urlModule.fileURLToPath(url);
  }
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = String(url.pathname);
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

const nullCheck = hideStackFrames((path, propName, throwError = true) => {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = isUint8Array(path);
  if ((!pathIsString && !pathIsUint8Array) ||
      (pathIsString && !path.includes('\u0000')) ||
      (pathIsUint8Array && !path.includes(0))) {
    return;
  }
  const err = new ERR_INVALID_ARG_VALUE(
    propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw err;
  return err;
});

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const err = nullCheck(path, propName, false);
  if (err !== undefined) throw err;
});

const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
});

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

// A path for an error message: Buffers and URLs as strings.
function pathForError(path) {
  return path;
}

// --- options ----------------------------------------------------------------------------------

const assertEncoding = hideStackFrames((encoding) => {
  if (encoding && encoding !== 'buffer' && normalizeEncoding(encoding) === undefined) {
    const reason = 'is invalid encoding';
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);
  }
});

function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    // (a copy by hand: object spread is slow in this V8)
    const copy = copyObject(defaultOptions);
    copy.encoding = options;
    options = copy;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// The binding returns names as strings (UTF-8) or, asked for bytes, as Uint8Arrays; other
// encodings are decoded from the bytes.
function wantsBytes(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8' &&
    normalizeEncoding(encoding) !== 'utf8';
}

function decodeName(value, encoding) {
  if (typeof value === 'string') return value;
  const buf = toBuffer(value);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

// Flags as the binding takes them: an int32 (def stands in for undefined).
const getValidatedFlags = hideStackFrames((flags, def) => {
  return stringToFlags(flags === undefined ? def : flags);
});

const kMinimumAccessMode = Math.min(F_OK, W_OK, R_OK, X_OK);
const kMaximumAccessMode = F_OK | W_OK | R_OK | X_OK;
const kDefaultCopyMode = 0;
const kMinimumCopyMode = Math.min(kDefaultCopyMode, COPYFILE_EXCL, COPYFILE_FICLONE,
                                  COPYFILE_FICLONE_FORCE);
const kMaximumCopyMode = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;

// access() and copyFile() modes, reported as Node reports them (from its C++ layer).
const getValidMode = hideStackFrames((mode, type) => {
  let min = kMinimumAccessMode;
  let max = kMaximumAccessMode;
  let def = F_OK;
  if (type === 'copyFile') {
    min = kMinimumCopyMode;
    max = kMaximumCopyMode;
    def = mode || kDefaultCopyMode;
  }
  if (mode == null) return def;
  if (typeof mode !== 'number' || mode !== (mode | 0)) {
    throw makeCppTypeError('mode must be int32 or null/undefined');
  }
  if (mode < min || mode > max) {
    throw makeCppRangeError(`mode is out of range: >= ${min} && <= ${max}`);
  }
  return mode;
});

// Errors Node raises from C++, whose messages do not follow the JS templates (hideStackFrames
// re-captures their stacks, with these messages).
function makeCppTypeError(message) {
  const err = new ERR_INVALID_ARG_TYPE('x', 'string', 'x');
  err.message = message;
  return err;
}

function makeCppRangeError(message) {
  const err = new ERR_OUT_OF_RANGE('x', 'x', 0);
  err.message = message;
  return err;
}

// --- times ------------------------------------------------------------------------------------

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// --- Stats ------------------------------------------------------------------------------------

const kMsPerSec = 1e3;
const kNsPerMs = 1e6;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function() {
  return this._checkModeProperty(S_IFSOCK);
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

Stats.prototype.isFile = StatsBase.prototype.isFile;

Stats.prototype._checkModeProperty = function(property) {
  if (isWindows && (property === S_IFIFO || property === S_IFBLK || property === S_IFSOCK)) {
    return false;
  }
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs,
                     atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);

BigIntStats.prototype._checkModeProperty = function(property) {
  if (isWindows && (property === S_IFIFO || property === S_IFBLK || property === S_IFSOCK)) {
    return false;
  }
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// Keep in sync with src/fs.c (fs_fill_stat, fs_fill_stat_bigint): dev, mode, nlink, uid, gid,
// rdev, blksize, ino, size, blocks, then for atime, mtime, ctime and birthtime: seconds and
// nanoseconds (numbers), or nanoseconds and milliseconds (BigInts).
function getStatsFromBinding(stats, offset = 0) {
  if (stats instanceof BigInt64Array) {
    return new BigIntStats(
      stats[0 + offset], stats[1 + offset], stats[2 + offset], stats[3 + offset],
      stats[4 + offset], stats[5 + offset], stats[6 + offset], stats[7 + offset],
      stats[8 + offset], stats[9 + offset],
      stats[10 + offset], stats[12 + offset], stats[14 + offset], stats[16 + offset],
      stats[11 + offset], stats[13 + offset], stats[15 + offset], stats[17 + offset]);
  }
  return new Stats(
    stats[0 + offset], stats[1 + offset], stats[2 + offset], stats[3 + offset],
    stats[4 + offset], stats[5 + offset], stats[6 + offset], stats[7 + offset],
    stats[8 + offset], stats[9 + offset],
    stats[10 + offset] * kMsPerSec + stats[11 + offset] / kNsPerMs,
    stats[12 + offset] * kMsPerSec + stats[13 + offset] / kNsPerMs,
    stats[14 + offset] * kMsPerSec + stats[15 + offset] / kNsPerMs,
    stats[16 + offset] * kMsPerSec + stats[17 + offset] / kNsPerMs);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

// Keep in sync with src/fs.c (statfs_value).
function getStatFsFromBinding(stats) {
  return new StatFs(stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6]);
}

// --- Dirent -----------------------------------------------------------------------------------

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() {
    return this[kType] === UV_DIRENT_DIR;
  }

  isFile() {
    return this[kType] === UV_DIRENT_FILE;
  }

  isBlockDevice() {
    return this[kType] === UV_DIRENT_BLOCK;
  }

  isCharacterDevice() {
    return this[kType] === UV_DIRENT_CHAR;
  }

  isSymbolicLink() {
    return this[kType] === UV_DIRENT_LINK;
  }

  isFIFO() {
    return this[kType] === UV_DIRENT_FIFO;
  }

  isSocket() {
    return this[kType] === UV_DIRENT_SOCKET;
  }
}

// A Dirent whose type came from lstat (the file system did not report one).
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}

for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() {
    return this[kStats][name]();
  };
}

// Dirents from the binding's [names, types]; entries of unknown type are lstat'ed with
// `lstat(path) -> stats array | negative code` (synchronous).
function getDirentsSync(path, names, types, lstat) {
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    out[i] = getDirentSync(path, names[i], types[i], lstat);
  }
  return out;
}

function getDirentSync(path, name, type, lstat) {
  if (type !== UV_DIRENT_UNKNOWN) return new Dirent(name, type, path);
  const full = joinPath(path, name);
  const stats = lstat(full);
  if (typeof stats === 'number') throw uvError(stats, 'lstat', full);
  return new DirentFromStats(name, getStatsFromBinding(stats), path);
}

function joinPath(path, name) {
  if (typeof path === 'string' && typeof name === 'string') return pathModule.join(path, name);
  const Buffer = lazyBuffer();
  const sep = Buffer.from(pathModule.sep);
  return Buffer.concat([Buffer.from(path), sep, Buffer.from(name)]);
}

// --- reads and writes -------------------------------------------------------------------------

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) {
    throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
});

const kMinPositionBigInt = -(2n ** 63n);
const kMaxPositionBigInt = 2n ** 63n - 1n;

const validatePosition = hideStackFrames((position, name) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= kMinPositionBigInt && position <= kMaxPositionBigInt)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${kMinPositionBigInt} && <= ${kMaxPositionBigInt}`,
                                 position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

// Bytes of a string in an encoding the binding does not write itself.
function stringToBytes(string, encoding) {
  return lazyBuffer().from(string, encoding);
}

// The binding writes strings itself in UTF-8 and Latin-1.
function isNativeStringEncoding(encoding) {
  const enc = normalizeEncoding(encoding);
  return enc === 'utf8' || enc === 'latin1';
}

// --- symlinks, rm, rmdir, cp --------------------------------------------------------------------

function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir':
        flags |= UV_FS_SYMLINK_DIR;
        break;
      case 'junction':
        flags |= UV_FS_SYMLINK_JUNCTION;
        break;
      case 'file':
        break;
      default:
        throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
    }
  }
  return flags;
}

const defaultRmOptions = {
  recursive: false,
  force: false,
  retryDelay: 100,
  maxRetries: 0,
};

const defaultRmdirOptions = {
  retryDelay: 100,
  maxRetries: 0,
  recursive: false,
};

const validateRmOptionsFields = hideStackFrames((options) => {
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
});

const validateRmdirOptions = hideStackFrames((options, defaults = defaultRmdirOptions) => {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

function rmOptions(options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateRmOptionsFields(options);
  return options;
}

function rmEISDIR(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: internalBinding('constants').os.errno.EISDIR,
  });
}

// rm's checks before it deletes: `stat(path) -> {err, stats}`.
function checkRmTarget(path, options, err, stats) {
  if (err) {
    if (options.force && err.code === 'ENOENT') return false;
    return err;
  }
  if (stats.isDirectory() && !options.recursive) return rmEISDIR(path);
  return true;
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning',
    'DEP0147');
}

function validateCallback(callback) {
  validateFunction(callback, 'cb');
  return callback;
}

module.exports = {
  assertEncoding,
  BigIntStats,
  checkRmTarget,
  copyObject,
  decodeName,
  Dirent,
  DirentFromStats,
  emitRecursiveRmdirWarning,
  fileURLToPath,
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
  isUint8Array,
  isURL,
  joinPath,
  kIoMaxLength,
  kMaxUserId,
  kReadFileUnknownBufferLength,
  kType,
  kWriteFileMaxChunkSize,
  lazyBuffer,
  makeReq,
  nullCheck,
  pathForError,
  rmEISDIR,
  rmOptions,
  Stats,
  StatFs,
  stringToBytes,
  stringToFlags,
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
  constants: fsConstants,
};
