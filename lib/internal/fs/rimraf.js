'use strict';
// Recursive removal for fs.rm, fs.rmSync and rmdir({ recursive: true }): unlink what is not a
// directory, rmdir what is, emptying it first when it is not empty; retry busy entries
// (options.maxRetries, options.retryDelay * attempt). Children are named by bytes, so that
// names that are not UTF-8 are removed too.

const fs = require('fs');
const { lazyBuffer } = require('internal/fs/utils');
const { sleep } = require('internal/util');

const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);
const notEmptyErrorCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);

function childPath(parent, child) {
  const Buffer = lazyBuffer();
  const parentBuf = typeof parent === 'string' ? Buffer.from(parent) : parent;
  return Buffer.concat([parentBuf, Buffer.from('/'), child]);
}

// --- callbacks --------------------------------------------------------------------------------

function rimraf(path, options, callback) {
  let retries = 0;
  removeEntry(path, options, function done(err) {
    if (err) {
      if (retryErrorCodes.has(err.code) && retries < options.maxRetries) {
        retries++;
        setTimeout(removeEntry, retries * options.retryDelay, path, options, done);
        return;
      }
      if (err.code === 'ENOENT') err = null;
    }
    callback(err);
  });
}

function removeEntry(path, options, callback) {
  fs.lstat(path, (err, stats) => {
    if (err) {
      if (err.code === 'ENOENT') return callback(null);
    } else if (stats.isDirectory()) {
      return removeDir(path, options, err, callback);
    }
    fs.unlink(path, (err) => {
      if (err) {
        if (err.code === 'ENOENT') return callback(null);
        if (err.code === 'EISDIR' || err.code === 'EPERM') {
          return removeDir(path, options, err, callback);
        }
      }
      callback(err);
    });
  });
}

function removeDir(path, options, originalErr, callback) {
  fs.rmdir(path, (err) => {
    if (err) {
      if (notEmptyErrorCodes.has(err.code)) return removeChildren(path, options, callback);
      if (err.code === 'ENOTDIR') return callback(originalErr);
    }
    callback(err);
  });
}

function removeChildren(path, options, callback) {
  fs.readdir(path, 'buffer', (err, children) => {
    if (err) return callback(err);
    let left = children.length;
    if (left === 0) return fs.rmdir(path, callback);
    let failed = false;
    for (const child of children) {
      rimraf(childPath(path, child), options, (err) => {
        if (failed) return;
        if (err) {
          failed = true;
          return callback(err);
        }
        if (--left === 0) fs.rmdir(path, callback);
      });
    }
  });
}

// --- synchronous ------------------------------------------------------------------------------

// Runs fn up to maxRetries + 1 times while it fails with a busy code; ENOENT means done.
function withRetries(options, fn) {
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      return fn();
    } catch (err) {
      if (retryErrorCodes.has(err.code) && i < tries && options.retryDelay > 0) {
        sleep(i * options.retryDelay);
      } else if (err.code === 'ENOENT') {
        return;
      } else if (i === tries) {
        throw err;
      }
    }
  }
}

function rimrafSync(path, options) {
  let stats;
  try {
    stats = fs.lstatSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
  }
  try {
    if (stats !== undefined && stats.isDirectory()) {
      removeDirSync(path, options, null);
    } else {
      withRetries(options, () => fs.unlinkSync(path));
    }
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code !== 'EISDIR' && err.code !== 'EPERM') throw err;
    removeDirSync(path, options, err);
  }
}

function removeDirSync(path, options, originalErr) {
  try {
    fs.rmdirSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr || err;
    if (notEmptyErrorCodes.has(err.code)) {
      for (const child of fs.readdirSync(path, 'buffer')) {
        rimrafSync(childPath(path, child), options);
      }
      withRetries(options, () => fs.rmdirSync(path));
      return;
    }
    throw originalErr || err;
  }
}

module.exports = { rimraf, rimrafSync };
