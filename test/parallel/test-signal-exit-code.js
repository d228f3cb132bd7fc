'use strict';
// A process killed by a signal reports the signal (no exit code) to its parent, and a shell
// running it reports 128 + the signal's number; SIGPIPE is ignored, so writing to a closed
// pipe is an EPIPE error instead of death.
const common = require('../common');
const assert = require('assert');
const { spawn, spawnSync } = require('child_process');
const { signals } = require('os').constants;

if (process.argv[2] === 'self-kill') {
  process.kill(process.pid, process.argv[3]);
  setTimeout(() => {}, 10000);
  return;
}
if (process.argv[2] === 'epipe') {
  // The parent closed the read end: the write fails instead of raising SIGPIPE.
  const fs = require('fs');
  setTimeout(() => {
    assert.throws(() => {
      for (;;) fs.writeSync(1, 'x'.repeat(65536));
    }, { code: 'EPIPE' });
    fs.writeSync(2, 'epipe\n');
  }, 100);
  return;
}

for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  const r = spawnSync(process.execPath, [__filename, 'self-kill', sig]);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, sig);
  const sh = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${__filename}" self-kill ${sig}`]);
  assert.strictEqual(sh.status, 128 + signals[sig]);
}

const child = spawn(process.execPath, [__filename, 'epipe'], { stdio: ['ignore', 'pipe', 'pipe'] });
child.stdout.destroy();
let err = '';
child.stderr.setEncoding('utf8').on('data', (s) => err += s);
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(signal, null);
  assert.strictEqual(err, 'epipe\n');
}));
