'use strict';
// execFileSync runs a file without a shell and returns its stdout; failures throw
// 'Command failed: <argv0 or file> <args>' with the whole result; its argument overloads.
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');
const { Buffer } = require('buffer');

{
  const out = execFileSync('echo', ['a', '$HOME']);
  assert.ok(Buffer.isBuffer(out));
  assert.strictEqual(out.toString(), 'a $HOME\n');
  assert.strictEqual(execFileSync('echo', { encoding: 'utf8' }), '\n');
  assert.strictEqual(execFileSync('echo', ['x'], { encoding: 'hex' }), '780a');
  assert.strictEqual(execFileSync('cat', { input: 'in', encoding: 'utf8' }), 'in');
  assert.strictEqual(execFileSync('echo', null, null).toString(), '\n');
  assert.strictEqual(execFileSync('echo', ['y'], null).toString(), 'y\n');
  // A function in place of args is skipped (the asynchronous form's callback).
  assert.strictEqual(execFileSync('echo', () => {}).toString(), '\n');
}

{
  let err;
  try {
    execFileSync('sh', ['-c', 'echo out; echo bad >&2; exit 4'], { stdio: 'pipe' });
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.message, 'Command failed: sh -c echo out; echo bad >&2; exit 4\nbad\n');
  assert.deepStrictEqual(Object.keys(err),
                         ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(err.status, 4);
  assert.strictEqual(err.stdout.toString(), 'out\n');
  assert.strictEqual(err.stderr.toString(), 'bad\n');
}
// argv0 names the command in the message.
assert.throws(() => execFileSync('sh', ['-c', 'exit 5'], { argv0: 'zz', stdio: 'pipe' }),
              { message: 'Command failed: zz -c exit 5', status: 5 });
// With stdout inherited there is no stdout to report.
assert.throws(() => execFileSync('false', [], { stdio: 'ignore' }),
              { message: 'Command failed: false', status: 1, stdout: null });

{
  let err;
  try {
    execFileSync('no-such-command-here', ['a'], { encoding: 'utf8' });
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.message, 'spawnSync no-such-command-here ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, 'no-such-command-here');
  assert.deepStrictEqual(err.spawnargs, ['a']);
  assert.strictEqual(err.error, err);
  assert.strictEqual(err.stdout, null);
}

// Validation.
assert.throws(() => execFileSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (5)',
});
assert.throws(() => execFileSync(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => execFileSync('sh', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be of type object. Received type string (\'x\')',
});
assert.throws(() => execFileSync('sh', ['-c', 'true'], 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => execFileSync('sh', { argv0: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.argv0" property must be of type string. Received type number (5)',
});
// A function in place of options is not an options object.
assert.throws(() => execFileSync('echo', ['a'], function cb() {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received function cb',
});
