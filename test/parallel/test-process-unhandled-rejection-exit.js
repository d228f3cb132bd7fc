'use strict';
// What an unhandled rejection does to the process in each --unhandled-rejections mode,
// without any listener: 'throw' (the default) and 'strict' print the error and exit with 1,
// 'warn-with-error-code' warns and exits with 1, 'warn' warns and exits with 0, 'none' says
// nothing and exits with 0.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  if (process.argv[3] === 'error') Promise.reject(new Error('boom'));
  else Promise.reject(1);
  setTimeout(() => console.log('still running'), 10);
  return;
}

const reasonMessage = 'This error originated either by throwing inside of an async ' +
  'function without a catch block, or by rejecting a promise which was not handled with ' +
  '.catch(). The promise rejected with the reason "1".';
const warningText = 'UnhandledPromiseRejectionWarning: Unhandled promise rejection.';

function run(flags, reason) {
  const child = spawnSync(process.execPath, [...flags, __filename, 'child', reason],
                          { encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

for (const flags of [[], ['--unhandled-rejections=throw'], ['--unhandled-rejections=strict']]) {
  let { code, stdout, stderr } = run(flags, 'error');
  assert.strictEqual(code, 1, stderr);
  assert.strictEqual(stdout, '');
  assert.match(stderr, /^Error: boom$/m);
  assert.match(stderr, /^ {4}at /m);
  assert.doesNotMatch(stderr, /Warning/);

  ({ code, stdout, stderr } = run(flags, 'number'));
  assert.strictEqual(code, 1, stderr);
  assert.strictEqual(stdout, '');
  assert(stderr.includes(`UnhandledPromiseRejection: ${reasonMessage}`), stderr);
  assert(stderr.includes("code: 'ERR_UNHANDLED_REJECTION'"), stderr);
}

let { code, stdout, stderr } = run(['--unhandled-rejections=warn-with-error-code'], 'error');
assert.strictEqual(code, 1, stderr);
assert.strictEqual(stdout, 'still running\n');
assert.match(stderr, /UnhandledPromiseRejectionWarning: Error: boom\n {4}at /);
assert(stderr.includes(warningText), stderr);
assert(stderr.includes('(rejection id: 1)'), stderr);

({ code, stdout, stderr } = run(['--unhandled-rejections=warn'], 'number'));
assert.strictEqual(code, 0, stderr);
assert.strictEqual(stdout, 'still running\n');
assert.match(stderr, /UnhandledPromiseRejectionWarning: 1\n/);
assert(stderr.includes(warningText), stderr);

({ code, stdout, stderr } = run(['--unhandled-rejections=none'], 'error'));
assert.strictEqual(code, 0, stderr);
assert.strictEqual(stdout, 'still running\n');
assert.strictEqual(stderr, '');
