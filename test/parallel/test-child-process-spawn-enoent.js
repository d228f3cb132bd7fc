'use strict';
// A missing command: an 'error' event on the next tick, as Node builds it; no 'exit'.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('no-such-command-for-this-test', ['a', 'b']);
let sync = true;
child.on('exit', common.mustNotCall());
child.on('spawn', common.mustNotCall());
child.on('error', common.mustCall((err) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err.message, 'spawn no-such-command-for-this-test ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn no-such-command-for-this-test');
  assert.strictEqual(err.path, 'no-such-command-for-this-test');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
  assert.strictEqual(child.pid, undefined);
}));
sync = false;
