'use strict';
// path.normalize(), posix and win32: collapsing of separators, `.` and `..`, roots, UNC and device paths, drive-relative paths and reserved device names. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["", "."],
  [".", "."],
  ["./", "./"],
  ["/", "/"],
  ["//", "/"],
  ["///a//b/", "/a/b/"],
  ["a/../..", ".."],
  ["/a/../..", "/"],
  ["a/./b/.", "a/b"],
  ["../../x/", "../../x/"],
  ["./..", ".."],
  ["a/b/../../../c", "../c"],
  ["/..a/..", "/"],
  ["...", "..."],
  ["foo/bar/..baz", "foo/bar/..baz"],
  [".../..", "."],
  ["a//", "a/"],
  ["//a", "/a"],
  ["\\a\\..", "\\a\\.."],
];
const win32Cases = [
  ["", "."],
  ["/", "\\"],
  ["\\", "\\"],
  ["C:", "C:."],
  ["C:\\", "C:\\"],
  ["c:/a/../..", "c:\\"],
  ["C:..\\x", "C:..\\x"],
  ["\\\\server\\share", "\\\\server\\share\\"],
  ["\\\\server\\share\\a\\..\\..", "\\\\server\\share\\"],
  ["//server", "\\server"],
  ["\\\\?\\C:\\a\\..\\b", "\\\\?\\C:\\b"],
  ["\\\\.\\pipe\\x\\..", "\\\\.\\pipe"],
  ["a/b\\c/", "a\\b\\c\\"],
  ["..\\..\\a", "..\\..\\a"],
  ["CON:foo", ".\\CON:foo"],
  ["NUL/", ".\\NUL\\"],
  ["ab:", ".\\ab:"],
  ["x/../c:y", ".\\c:y"],
  ["a:", "a:."],
  [":", ":"],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].normalize(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.normalize(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}
