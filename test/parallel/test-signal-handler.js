'use strict';
// process.on(<signal name>): listeners get the name and the number, every listener runs, a
// listener does not keep the process alive, and the default action comes back when the last
// listener goes (the process then dies of the signal).
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const { signals } = require('os').constants;

if (process.argv[2] === 'restore') {
  const onUsr2 = () => {};
  process.on('SIGUSR2', onUsr2);
  process.removeListener('SIGUSR2', onUsr2);
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {}, 10000);
  return;
}
if (process.argv[2] === 'unref') {
  // Only the listener: the loop has nothing else, so the process exits at once.
  process.on('SIGUSR1', common.mustNotCall());
  process.on('exit', (code) => console.log('exit', code));
  return;
}

// The listeners do not keep the loop alive: this timer does, until the signal comes.
const keepAlive = setInterval(() => {}, 1000);
let calls = 0;
process.on('SIGUSR2', common.mustCall((name, number) => {
  assert.strictEqual(name, 'SIGUSR2');
  assert.strictEqual(number, signals.SIGUSR2);
  calls++;
}));
process.on('SIGUSR2', common.mustCall(() => {
  assert.strictEqual(calls, 1);
  clearInterval(keepAlive);
  // Every listener gone: the signal's default action (termination) is back.
  process.removeAllListeners('SIGUSR2');
  const child = spawn(process.execPath, [__filename, 'restore'], { stdio: 'inherit' });
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGUSR2');
  }));
  let out = '';
  const other = spawn(process.execPath, [__filename, 'unref']);
  other.stdout.setEncoding('utf8').on('data', (s) => out += s);
  other.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'exit 0\n');
  }));
}));
process.kill(process.pid, 'SIGUSR2');
