'use strict';
// --redirect-warnings=file and NODE_REDIRECT_WARNINGS: warnings are appended to the file
// instead of stderr (the flag wins over the variable); stderr is used when the file cannot
// be opened.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const { spawnSync } = require('child_process');

tmpdir.refresh();
const code = `
  process.emitWarning('first');
  process.emitWarning('second', { code: 'C2', detail: 'detail' });
`;
function run(args, env = {}) {
  const child = spawnSync(process.execPath, [...args, '-e', code],
                          { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.strictEqual(child.status, 0, child.stderr);
  return { pid: child.pid, stderr: child.stderr };
}
const argv0 = path.basename(process.execPath, '.exe');
const expected = (pid) => `(node:${pid}) Warning: first\n` +
  `(Use \`${argv0} --trace-warnings ...\` to show where the warning was created)\n` +
  `(node:${pid}) [C2] Warning: second\ndetail\n`;

{
  const file = tmpdir.resolve('flag.log');
  fs.writeFileSync(file, 'existing\n');
  const { pid, stderr } = run([`--redirect-warnings=${file}`]);
  assert.strictEqual(stderr, '');
  const text = fs.readFileSync(file, 'utf8');
  assert.strictEqual(text, `existing\n${expected(pid)}`);
}

{
  const file = tmpdir.resolve('env.log');
  const { pid, stderr } = run([], { NODE_REDIRECT_WARNINGS: file });
  assert.strictEqual(stderr, '');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), expected(pid));
}

{
  const fromFlag = tmpdir.resolve('from-flag.log');
  const fromEnv = tmpdir.resolve('from-env.log');
  run([`--redirect-warnings=${fromFlag}`], { NODE_REDIRECT_WARNINGS: fromEnv });
  assert.ok(fs.existsSync(fromFlag));
  assert.ok(!fs.existsSync(fromEnv));
}

{
  const { pid, stderr } = run([`--redirect-warnings=${tmpdir.resolve('no', 'such', 'dir')}`]);
  assert.strictEqual(stderr, expected(pid));
}
