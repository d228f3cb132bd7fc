'use strict';
// os.homedir(): $HOME when set (as it is), else the user's entry in the password database.
require('../common');
const assert = require('assert');
const os = require('os');
const { spawnSync } = require('child_process');

const saved = process.env.HOME;
process.env.HOME = '/some/where/';
assert.strictEqual(os.homedir(), '/some/where/');
process.env.HOME = saved;

// Without HOME: the password database, as userInfo() reports it.
{
  const script = "const os = require('os');" +
    'console.log(JSON.stringify([os.homedir(), os.userInfo().homedir]))';
  const env = { ...process.env };
  delete env.HOME;
  const ret = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
  assert.strictEqual(ret.status, 0, ret.stderr);
  const [homedir, fromPasswd] = JSON.parse(ret.stdout);
  assert.strictEqual(homedir, fromPasswd);
  assert.ok(homedir.length > 0);
}
