'use strict';
// common's exit check fails a test that leaks a global, unless allowGlobals() was told.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const commonPath = JSON.stringify(require.resolve('../common'));
function run(body, env = process.env) {
  return spawnSync(process.execPath, ['-e', `const common = require(${commonPath});\n${body}`],
                   { encoding: 'utf8', env });
}

{
  const child = run('globalThis.leakedOne = 1; global.leakedTwo = 2;');
  assert.strictEqual(child.status, 1, child.stderr);
  assert.strictEqual(child.stdout, 'Unexpected global(s) found: leakedOne, leakedTwo\n');
}
{
  const child = run('const value = {}; globalThis.allowed = value; common.allowGlobals(value);');
  assert.strictEqual(child.status, 0, child.stdout + child.stderr);
}
{
  // Non-enumerable globals are not leaks.
  const child = run('Object.defineProperty(globalThis, "hidden", { value: 1 });');
  assert.strictEqual(child.status, 0, child.stdout + child.stderr);
}
{
  const child = run('globalThis.leaked = 1;', { ...process.env, NODE_TEST_KNOWN_GLOBALS: '0' });
  assert.strictEqual(child.status, 0, child.stdout + child.stderr);
}
