'use strict';
// stdio: 'ignore', 'inherit', fd numbers and 'pipe' mixed; unref() lets the parent exit.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  spawn('sleep', ['2'], { stdio: 'ignore' }).unref();
  const held = spawn('sleep', ['2'], { stdio: 'ignore' });
  setTimeout(() => process.exit(0), 10);
  assert.ok(held.pid > 0);
  return;
}

const mixed = spawn('sh', ['-c', 'echo to-out; echo to-err >&2'],
                    { stdio: ['ignore', 'pipe', 'ignore'] });
assert.strictEqual(mixed.stdin, null);
assert.strictEqual(mixed.stderr, null);
assert.strictEqual(mixed.stdio[2], null);
let out = '';
mixed.stdout.on('data', (d) => { out += d; });
mixed.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'to-out\n');
}));

const inherit = spawn('true', [], { stdio: 'inherit' });
assert.deepStrictEqual(inherit.stdio, [null, null, null]);
inherit.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));

// A parent that exits with process.exit() while children run does not wait for them.
const start = Date.now();
const parent = spawn(process.execPath, [__filename, 'child'], { stdio: 'inherit' });
parent.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.ok(Date.now() - start < 10000);
}));
