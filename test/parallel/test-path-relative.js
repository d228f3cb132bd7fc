'use strict';
// path.relative(), posix and win32: common prefixes, roots, and (win32) case-insensitive compares, other drives and UNC roots. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["/a/b", "/a/b", ""],
  ["/a/b", "/a/b/c/d", "c/d"],
  ["/a/b/c", "/a", "../.."],
  ["/a/b", "/a/bc", "../bc"],
  ["/", "/x/y", "x/y"],
  ["/x/y", "/", "../.."],
  ["/a/b/", "/a/b/c", "c"],
  ["/page1/page2/foo", "/", "../../.."],
];
const win32Cases = [
  ["C:\\a", "C:\\a\\b", "b"],
  ["c:\\A\\b", "C:\\a\\c", "..\\c"],
  ["C:\\a", "D:\\b", "D:\\b"],
  ["C:\\", "C:\\x", "x"],
  ["C:\\x\\y", "C:\\", "..\\.."],
  ["\\\\srv\\sh\\a", "\\\\srv\\sh\\b", "..\\b"],
  ["\\\\srv\\sh", "\\\\srv\\sh\\x", "x"],
  ["C:\\foo\\bar", "C:\\foo\\BAR\\baz", "baz"],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].relative(...args);
    assert.strictEqual(actual, expected,
                        `path.${flavor}.relative(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}
