'use strict';
// path.dirname(), posix and win32: roots, repeated and trailing separators, drives and UNC roots. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["", "."],
  ["/", "/"],
  ["//", "/"],
  ["//a", "//"],
  ["/a", "/"],
  ["/a/b/", "/a"],
  ["a", "."],
  ["a/b//", "a"],
  ["///a//b", "///a/"],
  [".", "."],
  ["..", "."],
];
const win32Cases = [
  ["", "."],
  ["C:", "C:"],
  ["C:\\", "C:\\"],
  ["C:a", "C:"],
  ["C:\\a\\b", "C:\\a"],
  ["\\\\srv\\sh", "\\\\srv\\sh"],
  ["\\\\srv\\sh\\a", "\\\\srv\\sh\\"],
  ["\\\\srv\\sh\\a\\b", "\\\\srv\\sh\\a"],
  ["/a", "/"],
  ["a\\", "."],
  ["\\\\?\\C:\\x", "\\\\?\\C:\\"],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].dirname(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.dirname(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}
