// Flags: --expose-gc
'use strict';
// A test's `// Flags:` header line: passed by tools/test.py, and when the file is run by hand
// without them, common runs it again with them.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

assert.strictEqual(typeof globalThis.gc, 'function');
common.allowGlobals(globalThis.gc);

if (!process.env.TEST_COMMON_FLAGS_CHILD) {
  const env = { ...process.env, TEST_COMMON_FLAGS_CHILD: '1' };
  delete env.NODE_SKIP_FLAG_CHECK;
  // Run by hand: no flags, no extra argument.
  const child = spawnSync(process.execPath, [__filename], { encoding: 'utf8', env });
  assert.strictEqual(child.status, 0, child.stdout + child.stderr);
  // With an argument, nothing is run again, so the flag stays missing.
  const withArg = spawnSync(process.execPath, [__filename, 'arg'], { encoding: 'utf8', env });
  assert.notStrictEqual(withArg.status, 0);
  assert.match(withArg.stderr, /AssertionError/);
}
