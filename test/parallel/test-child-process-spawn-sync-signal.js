'use strict';
// A child ended by a signal: status null and the signal's name (one name per number, as
// Node reports them; the empty string for signals without one).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { signals } = require('os').constants;

function killedBy(signal) {
  const ret = spawnSync('sh', ['-c', `kill -${signal} $$`]);
  assert.strictEqual(ret.error, undefined);
  assert.strictEqual(ret.status, null);
  return ret.signal;
}

for (const name of ['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGUSR1', 'SIGUSR2', 'SIGHUP',
                    'SIGQUIT', 'SIGALRM', 'SIGSEGV']) {
  assert.strictEqual(killedBy(signals[name]), name);
}
// Numbers with two names.
assert.strictEqual(killedBy(signals.SIGABRT), 'SIGABRT');
assert.strictEqual(killedBy(signals.SIGIO), 'SIGIO');
// A real-time signal has no name.
assert.strictEqual(killedBy(40), '');

// Exit codes above 127 are plain statuses.
{
  const ret = spawnSync('sh', ['-c', 'exit 200']);
  assert.strictEqual(ret.status, 200);
  assert.strictEqual(ret.signal, null);
}
