'use strict';
// execSync and execFileSync past maxBuffer (1 MiB by default): the ENOBUFS spawn error is
// thrown, carrying the output read so far.
require('../common');
const assert = require('assert');
const { execFileSync, execSync } = require('child_process');

function checkNoBufs(fn, message) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err, 'expected an error');
  assert.strictEqual(err.code, 'ENOBUFS');
  assert.strictEqual(err.message, message);
  assert.ok(err.stdout.length > 0);
  return err;
}

checkNoBufs(() => execSync('head -c 200 /dev/zero', { maxBuffer: 100 }),
            'spawnSync /bin/sh ENOBUFS');
checkNoBufs(() => execFileSync('head', ['-c', '200', '/dev/zero'], { maxBuffer: 100 }),
            'spawnSync head ENOBUFS');
// A child that would go on writing is killed.
{
  const err = checkNoBufs(() => execSync('yes'), 'spawnSync /bin/sh ENOBUFS');
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.signal, 'SIGTERM');
}
{
  const err = checkNoBufs(() => execFileSync('yes', { encoding: 'utf8' }),
                          'spawnSync yes ENOBUFS');
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(typeof err.stdout, 'string');
  assert.ok(err.stdout.length >= 1024 * 1024);
}

assert.strictEqual(execSync('head -c 100 /dev/zero', { maxBuffer: 100 }).length, 100);
assert.strictEqual(
  execFileSync('head', ['-c', String(2 * 1024 * 1024), '/dev/zero'], { maxBuffer: Infinity })
    .length, 2 * 1024 * 1024);
