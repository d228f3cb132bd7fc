'use strict';
// options.shell: true runs `file args...` joined with spaces through /bin/sh -c; a string
// names the shell; argv0 replaces the shell's $0.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(file, args, options) {
  const ret = spawnSync(file, args, { encoding: 'utf8', ...options });
  assert.strictEqual(ret.error, undefined);
  return ret;
}

assert.strictEqual(run('echo $((1 + 2)) | tr 3 x', [], { shell: true }).stdout, 'x\n');
// Arguments are joined to the command with spaces, not quoted.
assert.strictEqual(run('echo', ['a', '$HOME', '"b  c"'], { shell: true, env: { HOME: '/h' } })
  .stdout, 'a /h b  c\n');
assert.strictEqual(run('echo $0', [], { shell: true }).stdout, '/bin/sh\n');
assert.strictEqual(run('echo $0', [], { shell: '/bin/bash' }).stdout, '/bin/bash\n');
assert.strictEqual(run('echo $0', [], { shell: true, argv0: 'custom' }).stdout, 'custom\n');
assert.strictEqual(run('exit 3', [], { shell: true }).status, 3);

// A falsy shell means no shell: the whole command is taken as the file name.
for (const shell of [false, '', null]) {
  const ret = spawnSync('echo hi', { shell });
  assert.strictEqual(ret.error.code, 'ENOENT');
  assert.strictEqual(ret.error.path, 'echo hi');
}

// The spawn error names the shell and its arguments.
{
  const ret = spawnSync('echo', ['x'], { shell: '/no/shell' });
  assert.strictEqual(ret.error.message, 'spawnSync /no/shell ENOENT');
  assert.deepStrictEqual(ret.error.spawnargs, ['-c', 'echo x']);
}
