'use strict';
// path.join(), posix and win32: empty arguments, roots, and (win32) the UNC guard for leading separators. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["."],
  ["", "."],
  ["", "", "."],
  ["a", "b", "a/b"],
  ["/a", "/b", "/a/b"],
  ["a", "", "b/", "a/b/"],
  ["..", "x", "../x"],
  ["/", "..", "/"],
  ["a", "../..", "b", "../b"],
  [".", ".", "."],
  ["//a", "b", "/a/b"],
];
const win32Cases = [
  ["."],
  ["a", "b", "a\\b"],
  ["C:", "x", "C:\\x"],
  ["C:\\", "..", "C:\\"],
  ["\\\\server", "share", "\\\\server\\share\\"],
  ["\\\\server\\share", "x", "\\\\server\\share\\x"],
  ["//", "a", "\\a"],
  ["\\\\", "a", "\\a"],
  ["", "//a", "\\a"],
  ["y", "C:", ".\\y\\C:"],
  ["y", "con:", ".\\y\\con:"],
  ["a", "\\b", "a\\b"],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].join(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.join(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}
