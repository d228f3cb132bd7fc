'use strict';
// path.parse(), posix and win32: root/dir/base/ext/name for roots, dot files and UNC paths. Expected values are Node 20's.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ["", {"root":"","dir":"","base":"","ext":"","name":""}],
  ["/", {"root":"/","dir":"/","base":"","ext":"","name":""}],
  ["//", {"root":"/","dir":"/","base":"","ext":"","name":""}],
  ["/a", {"root":"/","dir":"/","base":"a","ext":"","name":"a"}],
  ["/..", {"root":"/","dir":"/","base":"..","ext":".","name":"."}],
  ["a//b", {"root":"","dir":"a/","base":"b","ext":"","name":"b"}],
  ["/a//", {"root":"/","dir":"/","base":"a","ext":"","name":"a"}],
  ["/home/u/file.txt", {"root":"/","dir":"/home/u","base":"file.txt","ext":".txt","name":"file"}],
  [".hidden", {"root":"","dir":"","base":".hidden","ext":"","name":".hidden"}],
  ["x/.", {"root":"","dir":"x","base":".","ext":"","name":"."}],
  ["a.b.", {"root":"","dir":"","base":"a.b.","ext":".","name":"a.b"}],
];
const win32Cases = [
  ["", {"root":"","dir":"","base":"","ext":"","name":""}],
  ["C:", {"root":"C:","dir":"C:","base":"","ext":"","name":""}],
  ["C:\\", {"root":"C:\\","dir":"C:\\","base":"","ext":"","name":""}],
  ["C:x.y", {"root":"C:","dir":"C:","base":"x.y","ext":".y","name":"x"}],
  ["\\\\srv\\sh", {"root":"\\\\srv\\sh","dir":"\\\\srv\\sh","base":"","ext":"","name":""}],
  ["\\\\srv\\sh\\", {"root":"\\\\srv\\sh\\","dir":"\\\\srv\\sh\\","base":"","ext":"","name":""}],
  ["\\\\srv\\sh\\d\\f.e", {"root":"\\\\srv\\sh\\","dir":"\\\\srv\\sh\\d","base":"f.e","ext":".e","name":"f"}],
  ["/..", {"root":"/","dir":"/","base":"..","ext":"","name":".."}],
  ["\\", {"root":"\\","dir":"\\","base":"","ext":"","name":""}],
  ["x", {"root":"","dir":"","base":"x","ext":"","name":"x"}],
];

for (const flavor of ['posix', 'win32']) {
  const cases = flavor === 'posix' ? posixCases : win32Cases;
  for (const testCase of cases) {
    const args = testCase.slice(0, -1);
    const expected = testCase[testCase.length - 1];
    const actual = path[flavor].parse(...args);
    assert.deepStrictEqual(actual, expected,
                        `path.${flavor}.parse(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
}

// format() joins dir (or root) and base (or name + ext) back.
const formatCases = [
  // [pathObject, posix result, win32 result]
  [{ root: '/', dir: '/home/u', base: 'f.txt', ext: '.x', name: 'x' }, '/home/u/f.txt', '/home/u\\f.txt'],
  [{ root: '/', base: 'f' }, '/f', '/f'],
  [{ dir: 'd', name: 'n', ext: 'e' }, 'd/n.e', 'd\\n.e'],
  [{ name: 'n', ext: '.e' }, 'n.e', 'n.e'],
  [{ root: '/x/', dir: '/x/', base: 'y' }, '/x/y', '/x/y'],
  [{}, '', ''],
];
for (const [input, posixExpected, win32Expected] of formatCases) {
  assert.strictEqual(path.posix.format(input), posixExpected);
  assert.strictEqual(path.win32.format(input), win32Expected);
}
assert.strictEqual(path.win32.format({ dir: 'C:\\a', base: 'b' }), 'C:\\a\\b');
assert.strictEqual(path.posix.format.name, 'bound _format');
for (const bad of [null, 'x', 1, [], () => {}]) {
  assert.throws(() => path.posix.format(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
