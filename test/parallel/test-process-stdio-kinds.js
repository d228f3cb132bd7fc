'use strict';
// process.stdin, process.stdout and process.stderr are streams of the kind their descriptor
// calls for: a pipe is a net.Socket, a file a SyncWriteStream (out) or an fs ReadStream (in),
// /dev/null as stdin a file read to its end at once; each has its fd, stdout and stderr
// are writable only, stdin readable only and paused until read.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

const probe = `
  const describe = (s) => [s.constructor.name, s._type, s.fd, s.readable, s.writable,
                           typeof s._handle?.constructor, s.isTTY === undefined];
  const out = JSON.stringify({
    stdin: describe(process.stdin).concat(process.stdin.isPaused(), process.stdin.readableFlowing),
    stdout: describe(process.stdout),
    stderr: describe(process.stderr),
  });
  require('fs').writeSync(3, out);
`;

function run(stdio) {
  const resultPath = tmpdir.resolve('result.json');
  const result = fs.openSync(resultPath, 'w');
  const child = spawnSync(process.execPath, ['-e', probe], { stdio: [...stdio, result] });
  fs.closeSync(result);
  assert.strictEqual(child.status, 0, String(child.stderr));
  return JSON.parse(fs.readFileSync(resultPath, 'utf8'));
}

// all pipes
{
  const r = run(['pipe', 'pipe', 'pipe']);
  assert.deepStrictEqual(r.stdin, ['Socket', null, 0, true, false, 'function', true, false, null]);
  assert.deepStrictEqual(r.stdout, ['Socket', 'pipe', 1, false, true, 'function', true]);
  assert.deepStrictEqual(r.stderr, ['Socket', 'pipe', 2, false, true, 'function', true]);
}

// files
{
  const inPath = tmpdir.resolve('in.txt');
  fs.writeFileSync(inPath, 'input');
  const input = fs.openSync(inPath, 'r');
  const output = fs.openSync(tmpdir.resolve('out.txt'), 'w');
  const r = run([input, output, output]);
  fs.closeSync(input);
  fs.closeSync(output);
  assert.deepStrictEqual(r.stdin, ['ReadStream', null, 0, true, null, 'undefined', true,
                                   false, null]);
  assert.deepStrictEqual(r.stdout, ['SyncWriteStream', 'fs', 1, false, true, 'undefined', true]);
  assert.deepStrictEqual(r.stderr, ['SyncWriteStream', 'fs', 2, false, true, 'undefined', true]);
}

// 'ignore' is /dev/null
{
  const r = run(['ignore', 'ignore', 'pipe']);
  assert.strictEqual(r.stdin[0], 'ReadStream');
  assert.strictEqual(r.stdout[0], 'SyncWriteStream');
  assert.strictEqual(r.stderr[0], 'Socket');
}

// a descriptor the parent closed is /dev/null in the process, as Node makes it
{
  const code = 'console.log(1); require("fs").writeSync(2, process.stdout.constructor.name + ' +
               '" " + process.stdin.constructor.name)';
  const child = spawnSync('sh', ['-c', `exec "$0" -e '${code}' >&- <&-`, process.execPath],
                          { encoding: 'utf8' });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, '');
  assert.strictEqual(child.stderr, 'SyncWriteStream ReadStream');
}
