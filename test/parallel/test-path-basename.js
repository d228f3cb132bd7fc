'use strict';
// path.basename(), posix and win32: suffix stripping and its quirks (a suffix equal to the name or the whole path, trailing separators). Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["", ""],
  ["/", ""],
  ["/a/b.js", "b.js"],
  ["/a/b.js", ".js", "b"],
  ["b.js", "b.js", ""],
  ["/b.js", "b.js", "b.js"],
  ["a.js/", ".js", "a"],
  ["b.js/", "ab.js", "b.js/"],
  ["//", "/", "//"],
  ["/", "x", "/"],
  ["aaa", "a", "aa"],
  ["a\\b", "a\\b"],
  ["file.js.old", ".js.old", "file"],
];
const win32Cases = [
  ["C:", ""],
  ["C:\\", ""],
  ["C:file", "file"],
  ["C:\\a\\b.txt", ".txt", "b"],
  ["a/b\\c", "c"],
  ["\\\\srv\\sh\\x", "x"],
  ["C:\\\\", "xy", "\\\\"],
  ["file.TXT", ".txt", "file.TXT"],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].basename(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.basename(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}
