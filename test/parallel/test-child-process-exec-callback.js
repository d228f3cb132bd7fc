'use strict';
// exec()/execFile(): buffered output, encoding, the callback's error, maxBuffer, promisify.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { exec, execFile } = require('child_process');

exec('echo out; echo err >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

exec('echo partial; echo bad >&2; exit 7', common.mustCall((err, stdout, stderr) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo partial; echo bad >&2; exit 7\nbad\n');
  assert.strictEqual(err.code, 7);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo partial; echo bad >&2; exit 7');
  assert.strictEqual(stdout, 'partial\n');
  assert.strictEqual(stderr, 'bad\n');
}));

execFile('echo', ['a', 'b'], { encoding: 'buffer' }, common.mustSucceed((stdout) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'a b\n');
}));

exec('yes', { maxBuffer: 10 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout.length, 10);
}));

execFile('sleep', ['10'], { timeout: 50 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.cmd, 'sleep 10');
}));

execFile('no-such-command-for-this-test', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.cmd, 'no-such-command-for-this-test');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

util.promisify(exec)('echo p').then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { stdout: 'p\n', stderr: '' });
}));
util.promisify(execFile)('sh', ['-c', 'echo q; exit 1']).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 1);
  assert.strictEqual(err.stdout, 'q\n');
  assert.strictEqual(err.stderr, '');
}));
