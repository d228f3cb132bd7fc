'use strict';
// path.extname(), posix and win32: dot files, `..`, trailing dots and separators. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["", ""],
  [".", ""],
  ["..", ""],
  ["...", "."],
  [".a", ""],
  ["a.", "."],
  ["a.b.c", ".c"],
  ["/x.y/z", ""],
  ["a.js/", ".js"],
  [".a.", "."],
  ["..a", ".a"],
  ["a\\b.c", ".c"],
];
const win32Cases = [
  ["C:.x", ""],
  ["C:\\a.b\\c", ""],
  ["a.b\\", ".b"],
  ["\\\\s\\h.x", ".x"],
  ["C:", ""],
  ["file.\\", "."],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].extname(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.extname(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}
