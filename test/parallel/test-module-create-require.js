'use strict';
// module.createRequire(): from a file path, a directory with a trailing slash, a file: URL
// (string or object); anything else is refused.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { createRequire } = require('module');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('dep.js'), 'module.exports = "dep";');
const fake = tmpdir.resolve('not-there.js');

assert.strictEqual(createRequire(fake)('./dep'), 'dep');
assert.strictEqual(createRequire(tmpdir.path + path.sep)('./dep'), 'dep');
assert.strictEqual(createRequire(pathToFileURL(fake))('./dep'), 'dep');
assert.strictEqual(createRequire(pathToFileURL(fake).href)('./dep'), 'dep');
assert.strictEqual(createRequire(fake).resolve('./dep'), tmpdir.resolve('dep.js'));
assert.deepStrictEqual(createRequire(fake).resolve.paths('./x'), [tmpdir.path]);
assert.strictEqual(createRequire(fake).cache, require.cache);

for (const bad of ['relative/path.js', 5, null, {}, 'http://example.com/x.js']) {
  assert.throws(() => createRequire(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'filename' must be a file URL object, file URL string, or absolute path string\. Received /,
  });
}
