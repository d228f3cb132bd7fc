'use strict';
// --disable-warning=CODE_OR_NAME: matching warnings are not printed (they are still emitted).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = spawnSync(process.execPath, [
  '--disable-warning=DEP0XXX', '--disable-warning=CustomWarning', '--disable-warning=MY_CODE',
  '-e', `
    let events = 0;
    process.on('warning', () => events++);
    process.emitWarning('dep', 'DeprecationWarning', 'DEP0XXX');
    process.emitWarning('custom', 'CustomWarning', 'OTHER_CODE');
    process.emitWarning('coded', 'Warning', 'MY_CODE');
    process.emitWarning('shown', 'OtherWarning');
    process.emitWarning('shown too', 'DeprecationWarning', 'DEP0YYY');
    process.on('exit', () => console.log('events', events));
  `], { encoding: 'utf8' });
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stdout, 'events 5\n');
const stderr = child.stderr.replaceAll(`(node:${child.pid})`, '(node:PID)');
const lines = stderr.split('\n');
assert.strictEqual(lines.length, 4);
assert.strictEqual(lines[0], '(node:PID) OtherWarning: shown');
assert.match(lines[1], /^\(Use `.* --trace-warnings \.\.\.` to show where the warning was created\)$/);
assert.strictEqual(lines[2], '(node:PID) [DEP0YYY] DeprecationWarning: shown too');
assert.strictEqual(lines[3], '');
