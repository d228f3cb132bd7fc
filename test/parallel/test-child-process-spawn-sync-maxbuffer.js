'use strict';
// spawnSync's maxBuffer: the output of all pipes together may not exceed it; past it the
// child is killed with killSignal and the result carries ENOBUFS. 0 and Infinity mean no
// limit; the default is 1 MiB.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function checkNoBufs(ret) {
  assert.strictEqual(ret.error.code, 'ENOBUFS');
  assert.strictEqual(ret.error.errno, -105);
}

// Exactly maxBuffer bytes is fine; one more is not.
{
  const ret = spawnSync('head', ['-c', '100', '/dev/zero'], { maxBuffer: 100 });
  assert.strictEqual(ret.error, undefined);
  assert.strictEqual(ret.stdout.length, 100);
}
{
  const ret = spawnSync('head', ['-c', '101', '/dev/zero'], { maxBuffer: 100 });
  checkNoBufs(ret);
  assert.strictEqual(ret.error.message, 'spawnSync head ENOBUFS');
  // The read that crossed the limit is kept whole.
  assert.strictEqual(ret.stdout.length, 101);
}
assert.strictEqual(
  spawnSync('head', ['-c', '101', '/dev/zero'], { maxBuffer: 100.5 }).error.code, 'ENOBUFS');

// stdout and stderr count together.
{
  const ret = spawnSync('sh', ['-c', 'head -c 60 /dev/zero; head -c 60 /dev/zero >&2'],
                        { maxBuffer: 100 });
  checkNoBufs(ret);
  assert.strictEqual(ret.stdout.length, 60);
  assert.strictEqual(ret.stderr.length, 60);
}

// A child that keeps writing is killed with killSignal.
{
  const ret = spawnSync('yes', { maxBuffer: 1000 });
  checkNoBufs(ret);
  assert.strictEqual(ret.status, null);
  assert.strictEqual(ret.signal, 'SIGTERM');
  assert.ok(ret.stdout.length > 1000);
  assert.ok(ret.stdout.length <= 1000 + 65536);
}
{
  const ret = spawnSync('yes', { maxBuffer: 10, killSignal: 'SIGKILL' });
  checkNoBufs(ret);
  assert.strictEqual(ret.signal, 'SIGKILL');
}

// The default limit is 1 MiB.
{
  const ok = spawnSync('head', ['-c', String(1024 * 1024), '/dev/zero']);
  assert.strictEqual(ok.error, undefined);
  assert.strictEqual(ok.stdout.length, 1024 * 1024);
  const over = spawnSync('head', ['-c', String(1024 * 1024 + 1), '/dev/zero']);
  checkNoBufs(over);
}

// No limit: 0, Infinity, and an explicit undefined (which replaces the default).
for (const maxBuffer of [0, Infinity, undefined]) {
  const ret = spawnSync('head', ['-c', String(3 * 1024 * 1024), '/dev/zero'], { maxBuffer });
  assert.strictEqual(ret.error, undefined);
  assert.strictEqual(ret.stdout.length, 3 * 1024 * 1024);
}
