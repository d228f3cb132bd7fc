'use strict';
// path.toNamespacedPath(), posix and win32: posix identity; win32 `\\?\` and `\\?\UNC\` long paths. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["", ""],
  ["/a/b", "/a/b"],
  ["a", "a"],
];
const win32Cases = [
  ["C:\\a", "\\\\?\\C:\\a"],
  ["c:/a/b", "\\\\?\\c:\\a\\b"],
  ["\\\\srv\\sh\\x", "\\\\?\\UNC\\srv\\sh\\x"],
  ["\\\\?\\C:\\a", "\\\\?\\C:\\a"],
  ["\\\\.\\pipe\\p", "\\\\.\\pipe\\p"],
  ["", ""],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].toNamespacedPath(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.toNamespacedPath(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

// _makeLong is the old name; non-strings pass through.
assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
for (const value of [null, 1, undefined, {}]) {
  assert.strictEqual(path.posix.toNamespacedPath(value), value);
  assert.strictEqual(path.win32.toNamespacedPath(value), value);
}
