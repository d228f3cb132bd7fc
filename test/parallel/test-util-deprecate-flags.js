'use strict';
// util.deprecate() under --no-deprecation, --throw-deprecation and --trace-deprecation.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
  const util = require('util');
  const fn = util.deprecate(function original() { return 42; }, 'old API', 'DEP_FLAG');
  console.log(String(fn()));
`;

function run(...flags) {
  return spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
}

{
  const child = run();
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, '42\n');
  assert.match(child.stderr, /^\(node:\d+\) \[DEP_FLAG\] DeprecationWarning: old API\n/);
  assert.match(child.stderr, /Use `node --trace-deprecation \.\.\.` to show where the warning was created/);
}

{
  const child = run('--no-deprecation');
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, '42\n');
  assert.strictEqual(child.stderr, '');
}

{
  // The warning is thrown on a later tick: the call itself still returns.
  const child = run('--throw-deprecation');
  assert.strictEqual(child.status, 1);
  assert.strictEqual(child.stdout, '42\n');
  assert.match(child.stderr, /DeprecationWarning: old API/);
  assert.match(child.stderr, /code: 'DEP_FLAG'/);
}

{
  const child = run('--trace-deprecation');
  assert.strictEqual(child.status, 0);
  assert.match(child.stderr, /^\(node:\d+\) \[DEP_FLAG\] DeprecationWarning: old API\n {4}at /);
  assert.doesNotMatch(child.stderr, /trace-deprecation \.\.\./);
}
