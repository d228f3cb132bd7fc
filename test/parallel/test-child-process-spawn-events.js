'use strict';
// spawn(): 'spawn', 'exit', 'close' (after the stdio streams), output over the pipes, stdin.
const common = require('../common');
const assert = require('assert');
const { spawn, ChildProcess } = require('child_process');

const child = spawn('sh', ['-c', 'read x; echo "got $x"; echo oops >&2; exit 3']);
assert.ok(child instanceof ChildProcess);
assert.strictEqual(typeof child.pid, 'number');
assert.strictEqual(child.connected, false);
assert.strictEqual(child.killed, false);
assert.strictEqual(child.exitCode, null);
assert.strictEqual(child.spawnfile, 'sh');
assert.deepStrictEqual(child.spawnargs.slice(0, 2), ['sh', '-c']);
assert.strictEqual(child.stdio.length, 3);
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);

let out = '';
let err = '';
let exited = false;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdin.end('hello\n');
child.on('spawn', common.mustCall());
child.on('exit', common.mustCall((code, signal) => {
  exited = true;
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 3);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.ok(exited);
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'got hello\n');
  assert.strictEqual(String(err), 'oops\n');
}));
