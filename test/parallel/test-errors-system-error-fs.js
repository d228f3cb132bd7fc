'use strict';
// fs errors built from libuv codes: message `CODE: description, syscall 'path'` (with
// ` -> 'dest'`), and errno (negative), code, syscall, path, dest as enumerable own fields.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const missing = path.join(os.tmpdir(), `does-not-exist-${process.pid}`, 'file');
const enoent = os.constants.errno.ENOENT;

function check(err, syscall, dest, async = false) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.constructor, Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -enoent);
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.path, missing);
  const expected = `ENOENT: no such file or directory, ${syscall} '${missing}'` +
    (dest ? ` -> '${dest}'` : '');
  assert.strictEqual(err.message, expected);
  assert.deepStrictEqual(Object.keys(err),
                         dest ? ['errno', 'code', 'syscall', 'path', 'dest'] :
                           ['errno', 'code', 'syscall', 'path']);
  if (dest) assert.strictEqual(err.dest, dest);
  assert.strictEqual(err.stack.split('\n')[0], `Error: ${expected}`);
  assert.strictEqual(String(err), `Error: ${expected}`);
  const inspected = util.inspect(err);
  // Errors from callbacks carry no JS frames: inspect brackets a stack without frames.
  if (async) assert.ok(inspected.startsWith(`[Error: ${expected}] {`), inspected);
  else assert.ok(inspected.startsWith(`Error: ${expected}\n    at `), inspected);
  assert.ok(inspected.endsWith(
    ` {\n  errno: ${-enoent},\n  code: 'ENOENT',\n  syscall: '${syscall}',\n` +
    `  path: ${util.inspect(missing)}` +
    (dest ? `,\n  dest: ${util.inspect(dest)}` : '') + '\n}'), inspected);
}

assert.throws(() => fs.openSync(missing), (err) => {
  check(err, 'open');
  return true;
});
const dest = path.join(os.tmpdir(), `dest-${process.pid}`);
assert.throws(() => fs.linkSync(missing, dest), (err) => {
  check(err, 'link', dest);
  return true;
});
fs.open(missing, 'r', common.mustCall((err) => {
  check(err, 'open', undefined, true);
  assert.strictEqual(err.stack, `Error: ENOENT: no such file or directory, open '${missing}'`);
}));
fs.promises.readFile(missing).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
}));
