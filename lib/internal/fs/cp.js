'use strict';
// fs.cp, fs.cpSync and fs.promises.cp. The copy is written once, as a generator that yields
// the file system steps it needs ([name, ...args]) and gets their results back; cpSync runs
// the steps with the synchronous calls, cp with the promise ones. A failed step is thrown
// back into the generator, so both forms report the same errors.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const pathModule = require('path');
const { constants } = require('internal/fs/utils');

const { errno: { EEXIST, EINVAL, EISDIR, ENOTDIR } } = internalBinding('constants').os;
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = constants;

const defaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps',
                      'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  if (options.mode == null) {
    options.mode = 0;
  } else {
    validateInteger(options.mode, 'mode', 0,
                    COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE);
  }
  if (options.dereference && options.verbatimSymlinks) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function cpError(ErrorClass, code, errno, message, path) {
  return new ErrorClass({ message, path, syscall: 'cp', errno, code });
}

function sameFile(a, b) {
  return Boolean(b.ino && b.dev) && a.ino === b.ino && a.dev === b.dev;
}

// Whether `dest` lies inside (or is) `src`, comparing path components.
function isInside(src, dest) {
  const srcParts = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destParts = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

// --- the copy, as steps -------------------------------------------------------------------------

// Stats (bigint, for exact inode numbers) of src and dest, dest null when missing.
function* statPair(src, dest, opts) {
  const kind = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [kind, src, { bigint: true }];
  let destStat = null;
  try {
    destStat = yield [kind, dest, { bigint: true }];
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return { srcStat, destStat };
}

// Filter, then the checks between src and dest; null when the filter skips the entry.
function* checkPaths(src, dest, opts) {
  if (opts.filter !== undefined) {
    const keep = yield ['filter', src, dest];
    if (!keep) return null;
  }
  const { srcStat, destStat } = yield* statPair(src, dest, opts);
  if (destStat !== null) {
    if (sameFile(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', EINVAL, 'src and dest cannot be the same', dest);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', EISDIR,
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', ENOTDIR,
                    `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isInside(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', EINVAL,
                  `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}

// No ancestor of dest may be src itself.
function* checkAncestors(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  let destParent = pathModule.resolve(pathModule.dirname(dest));
  while (destParent !== srcParent && destParent !== pathModule.parse(destParent).root) {
    let stat;
    try {
      stat = yield ['stat', destParent, { bigint: true }];
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (sameFile(srcStat, stat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', EINVAL,
                    `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
    destParent = pathModule.resolve(pathModule.dirname(destParent));
  }
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      // errno EINVAL with code EISDIR, as Node reports it
      throw cpError(ERR_FS_EISDIR, 'EISDIR', EINVAL, `${src} is a directory (not copied)`, src);
    }
    if (destStat === null) {
      yield ['mkdir', dest];
      yield* copyChildren(src, dest, opts);
      yield ['chmod', dest, srcStat.mode];
    } else {
      yield* copyChildren(src, dest, opts);
    }
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat !== null) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw cpError(ERR_FS_CP_EEXIST, 'EEXIST', EEXIST, `${dest} already exists`, dest);
        }
        return;
      }
      yield ['unlink', dest];
    }
    yield* copyOneFile(srcStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    yield* copySymlink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, 'EINVAL', EINVAL, `cannot copy a socket file: ${dest}`, dest);
  } else if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, 'EINVAL', EINVAL, `cannot copy a FIFO pipe: ${dest}`,
                  dest);
  } else {
    throw cpError(ERR_FS_CP_UNKNOWN, 'EINVAL', EINVAL,
                  `cannot copy an unknown file type: ${dest}`, dest);
  }
}

function* copyOneFile(srcStat, src, dest, opts) {
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // utimes needs the file writable; and src's atime changed as it was read: stat again.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const fresh = yield ['stat', src];
    yield ['utimes', dest, fresh.atime, fresh.mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyChildren(src, dest, opts) {
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    const checked = yield* checkPaths(srcItem, destItem, opts);
    if (checked !== null) yield* copyEntry(checked.destStat, srcItem, destItem, opts);
  }
}

function* copySymlink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
    target = pathModule.resolve(pathModule.dirname(src), target);
  }
  if (destStat === null) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // dest is there but is no link: symlink() reports it.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!pathModule.isAbsolute(destTarget)) {
    destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
  }
  if (isInside(target, destTarget)) {
    throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', EINVAL,
                  `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
  }
  // Replacing dest would empty src when src lies inside dest's target.
  const srcStat = yield ['stat', src];
  if (srcStat.isDirectory() && isInside(destTarget, target)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, 'EINVAL', EINVAL,
                  `cannot overwrite ${destTarget} with ${target}`, dest);
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

function* copyTree(src, dest, opts) {
  const checked = yield* checkPaths(src, dest, opts);
  if (checked === null) return;
  yield* checkAncestors(src, checked.srcStat, dest);
  const parent = pathModule.dirname(dest);
  if (!(yield ['exists', parent])) yield ['mkdir', parent, { recursive: true }];
  yield* copyEntry(checked.destStat, src, dest, opts);
}

// --- drivers --------------------------------------------------------------------------------------

function syncStep(fs, opts, [name, ...args]) {
  switch (name) {
    case 'filter': {
      const keep = opts.filter(...args);
      if (internalBinding('types').isPromise(keep)) {
        throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', keep);
      }
      return keep;
    }
    case 'exists': return fs.existsSync(...args);
    case 'readdir': return fs.readdirSync(...args);
    default: return fs[`${name}Sync`](...args);
  }
}

async function asyncStep(fs, opts, [name, ...args]) {
  const promises = fs.promises;
  switch (name) {
    case 'filter': return opts.filter(...args);
    case 'exists':
      try {
        await promises.access(args[0]);
        return true;
      } catch {
        return false;
      }
    default: return promises[name](...args);
  }
}

function cpSyncFn(src, dest, opts) {
  const fs = require('fs');
  const steps = copyTree(src, dest, opts);
  let next = steps.next();
  while (!next.done) {
    let result;
    try {
      result = syncStep(fs, opts, next.value);
    } catch (err) {
      next = steps.throw(err);
      continue;
    }
    next = steps.next(result);
  }
}

async function cpFn(src, dest, opts) {
  const fs = require('fs');
  const steps = copyTree(src, dest, opts);
  let next = steps.next();
  while (!next.done) {
    let result;
    try {
      result = await asyncStep(fs, opts, next.value);
    } catch (err) {
      next = steps.throw(err);
      continue;
    }
    next = steps.next(result);
  }
}

module.exports = { cpFn, cpSyncFn, validateCpOptions };
