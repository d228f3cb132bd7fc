'use strict';
// require.resolve(request, { paths }) and require.resolve.paths(request).
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const a = tmpdir.resolve('a');
const b = tmpdir.resolve('b');
fs.mkdirSync(path.join(a, 'node_modules', 'only-a'), { recursive: true });
fs.mkdirSync(path.join(b, 'node_modules', 'only-b'), { recursive: true });
fs.writeFileSync(path.join(a, 'node_modules', 'only-a', 'index.js'), '');
fs.writeFileSync(path.join(b, 'node_modules', 'only-b', 'index.js'), '');
fs.writeFileSync(path.join(b, 'rel.js'), '');

assert.strictEqual(require.resolve('only-a', { paths: [a, b] }),
                   path.join(a, 'node_modules', 'only-a', 'index.js'));
assert.strictEqual(require.resolve('only-b', { paths: [a, b] }),
                   path.join(b, 'node_modules', 'only-b', 'index.js'));
// Relative requests start from each given path itself.
assert.strictEqual(require.resolve('./rel', { paths: [a, b] }), path.join(b, 'rel.js'));
assert.strictEqual(require.resolve('fs', { paths: [a] }), 'fs');
assert.throws(() => require.resolve('only-a'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require.resolve('only-a', { paths: 'a' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.paths' is invalid. Received 'a'",
});

// resolve.paths: null for built-ins, the parent directory for relative requests, and the
// node_modules chain plus the global folders for bare ones.
assert.strictEqual(require.resolve.paths('fs'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('..'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('bare'),
                       Module._nodeModulePaths(__dirname).concat(Module.globalPaths));
assert.deepStrictEqual(require.resolve.paths('.hidden'), require.resolve.paths('bare'));
