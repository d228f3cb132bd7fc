'use strict';
// options.uid and options.gid run the child as another user (root only).
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.getuid() !== 0) common.skip('needs root');

{
  const ret = spawnSync('id', ['-u'], { uid: 65534, encoding: 'utf8' });
  assert.strictEqual(ret.stdout, '65534\n');
}
{
  const ret = spawnSync('id', ['-g'], { gid: 65534, encoding: 'utf8' });
  assert.strictEqual(ret.stdout, '65534\n');
}
{
  const ret = spawnSync('sh', ['-c', 'id -u; id -g'], { uid: 4321, gid: 1234, encoding: 'utf8' });
  assert.strictEqual(ret.stdout, '4321\n1234\n');
}
