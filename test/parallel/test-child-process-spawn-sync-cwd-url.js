'use strict';
// options.cwd as a file: URL; other schemes are refused.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { URL } = require('url');

{
  const ret = spawnSync('pwd', { cwd: new URL('file:///usr'), encoding: 'utf8' });
  assert.strictEqual(ret.error, undefined);
  assert.strictEqual(ret.stdout, '/usr\n');
}
assert.throws(() => spawnSync('pwd', { cwd: new URL('http://example.com/') }),
              { code: 'ERR_INVALID_URL_SCHEME', name: 'TypeError' });
