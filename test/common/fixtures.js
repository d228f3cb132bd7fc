'use strict';
// Paths into test/fixtures/ and reading files from there.
const fs = require('fs');
const path = require('path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

function fixturesPath(...args) {
  return path.join(fixturesDir, ...args);
}

function fileURL(...args) {
  const { pathToFileURL } = require('url');
  return pathToFileURL(fixturesPath(...args));
}

// readSync('file.txt', 'utf8') or readSync(['dir', 'file.txt'], 'utf8').
function readSync(args, encoding) {
  const parts = Array.isArray(args) ? args : [args];
  return fs.readFileSync(fixturesPath(...parts), encoding);
}

module.exports = {
  fileURL,
  fixturesDir,
  path: fixturesPath,
  readSync,
};
