'use strict';
// spawnSync's stdio: 'pipe', 'ignore', 'inherit', file descriptors, stream objects with an
// fd, extra pipes past fd 2, and the output array that mirrors them.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = 'echo out; echo err >&2';
{
  const ret = spawnSync('sh', ['-c', script], { stdio: 'ignore' });
  assert.strictEqual(ret.status, 0);
  assert.deepStrictEqual(ret.output, [null, null, null]);
  assert.strictEqual(ret.stdout, null);
  assert.strictEqual(ret.stderr, null);
}
{
  const ret = spawnSync('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  assert.strictEqual(ret.stdout.toString(), 'out\n');
  assert.strictEqual(ret.stderr, null);
}
// Missing entries are pipes; negative numbers too.
{
  const ret = spawnSync('sh', ['-c', script], { stdio: ['ignore'], encoding: 'utf8' });
  assert.deepStrictEqual(ret.output, [null, 'out\n', 'err\n']);
  const neg = spawnSync('sh', ['-c', script], { stdio: [-1, -1, 'ignore'], encoding: 'utf8' });
  assert.deepStrictEqual(neg.output, [null, 'out\n', null]);
}

// Inherited descriptors are the parent's own: here, a child of ours with its stdout piped.
{
  const parent = `
    const { spawnSync } = require('child_process');
    const a = spawnSync('sh', ['-c', 'echo inherited'], { stdio: 'inherit' });
    const b = spawnSync('sh', ['-c', 'echo fd1'], { stdio: [0, 1, 2] });
    const c = spawnSync('sh', ['-c', 'echo stream'], { stdio: ['pipe', process.stdout, 'pipe'] });
    const d = spawnSync('sh', ['-c', 'echo err >&2'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const e = spawnSync('sh', ['-c', 'echo fd3 >&3'], { stdio: ['pipe', 'pipe', 'pipe', 1] });
    console.log(JSON.stringify([a.output, b.output, c.output[1], d.output[2], e.output[3]]));
  `;
  const ret = spawnSync(process.execPath, ['-e', parent], { encoding: 'utf8' });
  assert.strictEqual(ret.status, 0, ret.stderr);
  assert.strictEqual(ret.stdout, 'inherited\nfd1\nstream\nfd3\n' +
                     '[[null,null,null],[null,null,null],null,null,null]\n');
  assert.strictEqual(ret.stderr, 'err\n');
}

// Pipes past fd 2 are captured too; 'ignore' leaves a hole.
{
  const ret = spawnSync('sh', ['-c', 'echo three >&3; echo five >&5'], {
    stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  assert.strictEqual(ret.status, 0);
  assert.deepStrictEqual(ret.output, [null, '', '', 'three\n', null, 'five\n']);
}

// A detached child leads a new session.
{
  const ret = spawnSync('sh', ['-c', 'echo $$; cut -d" " -f6 /proc/$$/stat'], {
    detached: true, encoding: 'utf8',
  });
  const [pid, session] = ret.stdout.trim().split('\n');
  assert.strictEqual(pid, session);
  const attached = spawnSync('sh', ['-c', 'echo $$; cut -d" " -f6 /proc/$$/stat'], {
    encoding: 'utf8',
  });
  const [pid2, session2] = attached.stdout.trim().split('\n');
  assert.notStrictEqual(pid2, session2);
}
