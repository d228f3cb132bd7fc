'use strict';
// A scratch directory per test worker: test/.tmp.<TEST_THREAD_ID> (tools/test.py gives each
// worker its own id, so tests running at the same time never share one).
const fs = require('fs');
const path = require('path');

const testRoot = process.env.NODE_TEST_DIR ?
  fs.realpathSync(process.env.NODE_TEST_DIR) : path.resolve(__dirname, '..');
const tmpdirName = `.tmp.${process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || '0'}`;
const tmpPath = path.join(testRoot, tmpdirName);

function rmTmpdir() {
  fs.rmSync(tmpPath, { maxRetries: 3, recursive: true, force: true });
}

let cleanupRegistered = false;
function removeOnExit() {
  // A test may have chdir'ed into the directory it is about to lose.
  if (process.cwd().startsWith(tmpPath)) process.chdir(testRoot);
  try {
    rmTmpdir();
  } catch (err) {
    console.error(`Can't clean tmpdir: ${tmpPath}`);
    throw err;
  }
}

// Empties the directory (creating it) and removes it when the process exits, unless
// NODE_TEST_KEEP_TMPDIR is set.
function refresh() {
  rmTmpdir();
  fs.mkdirSync(tmpPath);
  if (!cleanupRegistered && !process.env.NODE_TEST_KEEP_TMPDIR) {
    cleanupRegistered = true;
    process.on('exit', removeOnExit);
  }
}

function resolve(...paths) {
  return path.resolve(tmpPath, ...paths);
}

function fileURL(...paths) {
  const { pathToFileURL } = require('url');
  // Without arguments: the directory itself, with its trailing slash.
  return pathToFileURL(paths.length === 0 ? tmpPath + path.sep : resolve(...paths));
}

// Whether the file system holding the directory has `size` bytes free.
function hasEnoughSpace(size) {
  const { bavail, bsize } = fs.statfsSync(tmpPath);
  return bavail >= Math.ceil(size / bsize);
}

module.exports = {
  fileURL,
  hasEnoughSpace,
  path: tmpPath,
  refresh,
  resolve,
};
