'use strict';
// spawnSync's timeout: the child is killed with killSignal (SIGTERM by default, a name or a
// number) and the result carries ETIMEDOUT.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function checkTimedOut(ret, file, args) {
  assert.strictEqual(ret.error.code, 'ETIMEDOUT');
  assert.strictEqual(ret.error.errno, -110);
  assert.strictEqual(ret.error.message, `spawnSync ${file} ETIMEDOUT`);
  assert.deepStrictEqual(ret.error.spawnargs, args);
}

{
  const start = Date.now();
  const ret = spawnSync('sleep', ['10'], { timeout: 100 });
  assert.ok(Date.now() - start < 5000);
  checkTimedOut(ret, 'sleep', ['10']);
  assert.strictEqual(ret.status, null);
  assert.strictEqual(ret.signal, 'SIGTERM');
  assert.deepStrictEqual(ret.output.map((b) => b && b.length), [null, 0, 0]);
}

for (const killSignal of ['SIGKILL', 'sigkill', 9]) {
  const ret = spawnSync('sleep', ['10'], { timeout: 100, killSignal });
  checkTimedOut(ret, 'sleep', ['10']);
  assert.strictEqual(ret.signal, 'SIGKILL');
}
{
  const ret = spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'SIGINT' });
  assert.strictEqual(ret.signal, 'SIGINT');
}

// Output written before the timeout is kept.
{
  const ret = spawnSync('sh', ['-c', 'echo before; exec sleep 10'], {
    timeout: 300, encoding: 'utf8',
  });
  checkTimedOut(ret, 'sh', ['-c', 'echo before; exec sleep 10']);
  assert.strictEqual(ret.stdout, 'before\n');
}

// A child that ignores the signal runs on to its own exit; the error stays.
{
  const ret = spawnSync('sh', ['-c', 'trap "" TERM; sleep 1; exit 4'], { timeout: 100 });
  checkTimedOut(ret, 'sh', ['-c', 'trap "" TERM; sleep 1; exit 4']);
  assert.strictEqual(ret.status, 4);
  assert.strictEqual(ret.signal, null);
}

// The child exits at once but a grandchild holds its stdout open: without a timeout
// spawnSync waits for the pipe to close; with one, it stops waiting when it expires.
{
  const start = Date.now();
  const ret = spawnSync('sh', ['-c', 'echo hi; sleep 10 & exit 0'], {
    timeout: 200, encoding: 'utf8',
  });
  assert.ok(Date.now() - start < 5000);
  checkTimedOut(ret, 'sh', ['-c', 'echo hi; sleep 10 & exit 0']);
  assert.strictEqual(ret.status, 0);
  assert.strictEqual(ret.signal, null);
  assert.strictEqual(ret.stdout, 'hi\n');
}
{
  const ret = spawnSync('sh', ['-c', 'echo hi; (sleep 0.3; echo late) & exit 0'], {
    encoding: 'utf8',
  });
  assert.strictEqual(ret.error, undefined);
  assert.strictEqual(ret.stdout, 'hi\nlate\n');
}

// A child that finishes in time is not affected, and 0 means no timeout.
for (const timeout of [5000, 0]) {
  const ret = spawnSync('sh', ['-c', 'echo done'], { timeout, encoding: 'utf8' });
  assert.strictEqual(ret.error, undefined);
  assert.strictEqual(ret.status, 0);
  assert.strictEqual(ret.stdout, 'done\n');
}
