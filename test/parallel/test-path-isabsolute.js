'use strict';
// path.isAbsolute(), posix and win32: roots, drives with and without separators, UNC paths. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["", false],
  ["/", true],
  ["a", false],
  ["//a", true],
  ["./a", false],
  ["\\a", false],
];
const win32Cases = [
  ["", false],
  ["/", true],
  ["\\", true],
  ["C:", false],
  ["C:\\", true],
  ["C:/x", true],
  ["c:x", false],
  ["\\\\s\\h", true],
  ["a", false],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].isAbsolute(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.isAbsolute(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}
