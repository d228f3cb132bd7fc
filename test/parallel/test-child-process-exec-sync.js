'use strict';
// execSync runs a command through a shell and returns its stdout; the child's stderr goes to
// ours unless options.stdio is given; a failure throws Node's error with the whole result.
require('../common');
const assert = require('assert');
const { execSync, spawnSync } = require('child_process');
const { Buffer } = require('buffer');

{
  const out = execSync('echo hello | tr a-z A-Z');
  assert.ok(Buffer.isBuffer(out));
  assert.strictEqual(out.toString(), 'HELLO\n');
  assert.strictEqual(execSync('printf "%s" $((6 * 7))', { encoding: 'utf8' }), '42');
  assert.strictEqual(execSync('cat', { input: 'piped in', encoding: 'utf8' }), 'piped in');
}

// options other than an object are ignored.
for (const options of [undefined, null, 5, 'utf8']) {
  assert.strictEqual(execSync('echo x', options).toString(), 'x\n');
}

// shell: a string names the shell; anything else means /bin/sh.
assert.strictEqual(execSync('echo $0', { shell: '/bin/bash', encoding: 'utf8' }), '/bin/bash\n');
assert.strictEqual(execSync('echo $0', { shell: false, encoding: 'utf8' }), '/bin/sh\n');

// A non-zero exit: 'Command failed: <command>' plus the child's stderr, and the result.
{
  let err;
  try {
    execSync('echo out; echo problem >&2; exit 3', { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, 'Command failed: echo out; echo problem >&2; exit 3\nproblem\n');
  assert.deepStrictEqual(Object.keys(err),
                         ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(err.code, undefined);
  assert.strictEqual(err.status, 3);
  assert.strictEqual(err.signal, null);
  assert.deepStrictEqual(err.output, [null, 'out\n', 'problem\n']);
  assert.strictEqual(err.stdout, 'out\n');
  assert.strictEqual(err.stderr, 'problem\n');
  assert.ok(err.pid > 0);
}
// Without stderr output the message is the command alone.
assert.throws(() => execSync('exit 1', { stdio: 'pipe' }),
              { message: 'Command failed: exit 1', status: 1 });
assert.throws(() => execSync('exit 2', { stdio: 'ignore' }),
              { message: 'Command failed: exit 2', status: 2, stdout: null, stderr: null });
// Killed by a signal.
assert.throws(() => execSync('kill -9 $$', { stdio: 'pipe' }),
              { message: 'Command failed: kill -9 $$', status: null, signal: 'SIGKILL' });

// A spawn error is the thrown error itself, with the result assigned to it.
{
  let err;
  try {
    execSync('echo hi', { shell: '/no/such/shell' });
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.message, 'spawnSync /no/such/shell ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.error, err);
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.output, null);
  assert.deepStrictEqual(err.spawnargs, ['-c', 'echo hi']);
}
{
  let err;
  try {
    execSync('sleep 10', { timeout: 100 });
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.code, 'ETIMEDOUT');
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.stdout.length, 0);
}

// Validation.
assert.throws(() => execSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "command" argument must be of type string. Received type number (5)',
});
assert.throws(() => execSync('a\0'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'command' must be a string without null bytes. Received 'a\\x00'",
});

// By default the child's stderr is captured and then written to ours; with stdio given, it
// is not.
{
  const script = `
    const { execSync } = require('child_process');
    const out = execSync('echo to-stdout; echo to-stderr >&2', { encoding: 'utf8' });
    execSync('echo hidden >&2', { stdio: 'pipe' });
    let message;
    try { execSync('echo failing >&2; exit 1'); } catch (e) { message = e.message; }
    console.log(JSON.stringify([out, message]));
  `;
  const ret = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.strictEqual(ret.status, 0, ret.stderr);
  assert.strictEqual(ret.stderr, 'to-stderr\nfailing\n');
  assert.deepStrictEqual(JSON.parse(ret.stdout),
                         ['to-stdout\n', 'Command failed: echo failing >&2; exit 1\nfailing\n']);
}
