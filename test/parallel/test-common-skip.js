'use strict';
// common.skip prints the TAP skip line and exits with 0, whatever comes after it.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const commonPath = JSON.stringify(require.resolve('../common'));
const child = spawnSync(process.execPath, ['-e', `
  const common = require(${commonPath});
  common.mustCall();
  common.skip('no reason');
  throw new Error('unreachable');`], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.match(child.stdout, /^1\.\.0 # Skipped: no reason\n/);
