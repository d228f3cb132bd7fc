'use strict';
// A child that cannot be started: result.error is Node's `spawnSync <file> <CODE>` error, with
// errno, code, syscall, path and spawnargs, and no output or status.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const os = require('os');

function checkFailure(ret, file, args, code) {
  assert.deepStrictEqual(Object.keys(ret),
                         ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(ret.status, null);
  assert.strictEqual(ret.signal, null);
  assert.strictEqual(ret.output, null);
  assert.strictEqual(ret.stdout, null);
  assert.strictEqual(ret.stderr, null);
  assert.strictEqual(ret.pid, 0);
  const err = ret.error;
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, `spawnSync ${file} ${code}`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.errno, -os.constants.errno[code]);
  assert.strictEqual(err.syscall, `spawnSync ${file}`);
  assert.strictEqual(err.path, file);
  assert.deepStrictEqual(err.spawnargs, args);
}

checkFailure(spawnSync('no-such-command-here', ['a', 'b']), 'no-such-command-here',
             ['a', 'b'], 'ENOENT');
checkFailure(spawnSync('/no/such/file'), '/no/such/file', [], 'ENOENT');
// A directory, and a file that is not executable.
checkFailure(spawnSync('/tmp'), '/tmp', [], 'EACCES');
checkFailure(spawnSync('/etc/passwd', ['x']), '/etc/passwd', ['x'], 'EACCES');
// A working directory that does not exist.
checkFailure(spawnSync('pwd', { cwd: '/no/such/dir' }), 'pwd', [], 'ENOENT');
// A file descriptor the parent does not have.
checkFailure(spawnSync('echo', ['x'], { stdio: [0, 99, 2] }), 'echo', ['x'], 'EBADF');

// With a shell, the shell is what gets spawned.
{
  const ret = spawnSync('echo hi', { shell: '/no/such/shell' });
  checkFailure(ret, '/no/such/shell', ['-c', 'echo hi'], 'ENOENT');
}

// The error's stack starts in the caller's code.
{
  const { error } = spawnSync('no-such-command-here');
  assert.match(error.stack, /^Error: spawnSync no-such-command-here ENOENT\n/);
  assert.match(error.stack, /test-child-process-spawn-sync-errors\.js/);
}
