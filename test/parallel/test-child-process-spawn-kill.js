'use strict';
// kill(): names and numbers, ERR_UNKNOWN_SIGNAL, killed, signalCode; the timeout option.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('sleep', ['10']);
assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
assert.throws(() => child.kill(12345), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.strictEqual(child.killed, false);
assert.strictEqual(child.kill('SIGINT'), true);
assert.strictEqual(child.killed, true);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGINT');
  assert.strictEqual(child.signalCode, 'SIGINT');
  assert.strictEqual(child.kill(), false);
}));

const viaNumber = spawn('sleep', ['10']);
viaNumber.kill(9);
viaNumber.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

const timed = spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGUSR1' });
timed.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGUSR1')));

const ac = new AbortController();
const aborted = spawn('sleep', ['10'], { signal: ac.signal });
aborted.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
aborted.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
ac.abort();
