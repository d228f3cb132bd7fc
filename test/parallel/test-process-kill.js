'use strict';
// process.kill(pid[, signal]): signal names and numbers, Node's errors, the ESRCH error from
// the system, and that it goes through process._kill.
const common = require('../common');
const assert = require('assert');
const os = require('os');
const { spawn } = require('child_process');

assert.strictEqual(process.kill.name, 'kill');
assert.strictEqual(process.kill.length, 2);
const { signals } = os.constants;

// Signal 0 only checks that the process exists.
assert.strictEqual(process.kill(process.pid, 0), true);

const nobody = 2 ** 30;  // not a pid in use
for (const sig of [undefined, null, 0, 'SIGTERM', 'SIGINT', 'SIGHUP', 9, 'SIGIOT', 'SIGKILL']) {
  assert.throws(() => process.kill(nobody, sig), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.code, 'ESRCH');
    assert.strictEqual(err.errno, -os.constants.errno.ESRCH);
    assert.strictEqual(err.syscall, 'kill');
    assert.strictEqual(err.message, 'kill ESRCH');
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
    return true;
  });
}
// A pid may be a string holding an integer.
assert.throws(() => process.kill(String(nobody)), { code: 'ESRCH' });

for (const [pid, received] of [[undefined, 'undefined'], [null, 'null'],
                               ['x', "type string ('x')"], [1.5, 'type number (1.5)'],
                               [2 ** 32, 'type number (4294967296)'], [{}, 'an instance of Object'],
                               [NaN, 'type number (NaN)']]) {
  assert.throws(() => process.kill(pid), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "pid" argument must be of type number. Received ${received}`,
  });
}

for (const [sig, shown] of [['SIGFOO', 'SIGFOO'], ['sigint', 'sigint'], ['0', '0'],
                            ['constructor', 'constructor'], ['toString', 'toString'],
                            ['__proto__', '__proto__'], [1.5, '1.5'], [true, 'true'],
                            [{}, '{}'], ['SIGUNUSED', 'SIGUNUSED'], ['SIGLOST', 'SIGLOST']]) {
  assert.throws(() => process.kill(nobody, sig), {
    code: 'ERR_UNKNOWN_SIGNAL',
    name: 'TypeError',
    message: `Unknown signal: ${shown}`,
  });
}

// Through process._kill, with the signal as a number.
{
  const original = process._kill;
  const calls = [];
  process._kill = (pid, sig) => { calls.push([pid, sig]); return 0; };
  assert.strictEqual(process.kill(12345), true);
  process.kill(12345, 'SIGHUP');
  process.kill('12345', 'SIGUSR1');
  process.kill(12345, 0);
  process.kill(12345, 99);
  process.kill(12345, null);
  process.kill(12345, { toString: () => 'SIGINT' });
  process._kill = original;
  assert.deepStrictEqual(calls, [
    [12345, signals.SIGTERM], [12345, signals.SIGHUP], ['12345', signals.SIGUSR1],
    [12345, 0], [12345, 99], [12345, signals.SIGTERM], [12345, signals.SIGINT],
  ]);
}

// A real child: killed by name, it ends with that signal.
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); console.log("up")']);
child.stdout.once('data', common.mustCall(() => {
  assert.strictEqual(process.kill(child.pid, 0), true);
  assert.strictEqual(process.kill(child.pid, 'SIGUSR2'), true);
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGUSR2');
}));
