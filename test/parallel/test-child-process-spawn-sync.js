'use strict';
// spawnSync runs a child to completion: exit status, stdout/stderr, the output array, pid,
// and encoding of the captured output.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Buffer } = require('buffer');

{
  const ret = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 7']);
  assert.deepStrictEqual(Object.keys(ret),
                         ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(ret.status, 7);
  assert.strictEqual(ret.signal, null);
  assert.ok(Number.isInteger(ret.pid) && ret.pid > 0);
  assert.strictEqual(ret.output.length, 3);
  assert.strictEqual(ret.output[0], null);
  assert.ok(Buffer.isBuffer(ret.stdout));
  assert.ok(Buffer.isBuffer(ret.stderr));
  assert.strictEqual(ret.output[1], ret.stdout);
  assert.strictEqual(ret.output[2], ret.stderr);
  assert.strictEqual(ret.stdout.toString(), 'out\n');
  assert.strictEqual(ret.stderr.toString(), 'err\n');
}

// Arguments reach the child unchanged, non-strings converted with String().
{
  const ret = spawnSync('printf', ['%s|', 'a b', '', 'c\td', 5, null], { encoding: 'utf8' });
  assert.strictEqual(ret.status, 0);
  assert.strictEqual(ret.stdout, 'a b||c\td|5|null|');
}

// args may be left out, and options may take its place.
assert.strictEqual(spawnSync('echo').stdout.toString(), '\n');
assert.strictEqual(spawnSync('echo', null, {}).stdout.toString(), '\n');
assert.strictEqual(spawnSync('echo', { encoding: 'utf8' }).stdout, '\n');

// encoding decodes every captured stream; 'buffer' keeps Buffers.
{
  const ret = spawnSync('printf', ['\\303\\251'], { encoding: 'utf8' });
  assert.strictEqual(ret.stdout, '\u00e9');
  assert.strictEqual(ret.stderr, '');
  assert.deepStrictEqual(ret.output, [null, '\u00e9', '']);
  assert.strictEqual(spawnSync('printf', ['ab'], { encoding: 'hex' }).stdout, '6162');
  assert.strictEqual(spawnSync('printf', ['ab'], { encoding: 'base64' }).stdout, 'YWI=');
  assert.strictEqual(spawnSync('printf', ['\\377'], { encoding: 'latin1' }).stdout, '\u00ff');
  const raw = spawnSync('printf', ['ab'], { encoding: 'buffer' }).stdout;
  assert.ok(Buffer.isBuffer(raw));
  assert.deepStrictEqual([...raw], [0x61, 0x62]);
}

// Large outputs are collected whole.
{
  const ret = spawnSync('head', ['-c', '300000', '/dev/zero']);
  assert.strictEqual(ret.status, 0);
  assert.strictEqual(ret.stdout.length, 300000);
}

// Each call spawns a new process.
assert.notStrictEqual(spawnSync('true').pid, spawnSync('true').pid);

// The child sees a fresh argv[0] of its own: the file name, or argv0.
assert.strictEqual(spawnSync('sh', ['-c', 'echo $0'], { encoding: 'utf8' }).stdout, 'sh\n');
assert.strictEqual(
  spawnSync('sh', ['-c', 'echo $0'], { encoding: 'utf8', argv0: 'renamed' }).stdout,
  'renamed\n');
