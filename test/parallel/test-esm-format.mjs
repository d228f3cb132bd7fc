// Which files are ES modules: .mjs always, .cjs never, .js and extensionless files by the
// nearest package.json "type" (CommonJS without one).
import '../common/index.mjs';
import assert from 'assert';
import path from 'path';

const moduleJs = await import('../fixtures/esm/pkg-module/index.js');
assert.deepStrictEqual({ ...moduleJs }, { format: 'module', hasRequire: 'undefined' });
const noext = await import('../fixtures/esm/pkg-module/noext');
assert.strictEqual(noext.format, 'module');
const legacy = await import('../fixtures/esm/pkg-module/legacy.cjs');
assert.deepStrictEqual(legacy.default, { format: 'commonjs', hasRequire: 'function' });

const commonjs = await import('../fixtures/esm/pkg-commonjs/lib.js');
assert.strictEqual(commonjs.format, 'commonjs');
assert.strictEqual(commonjs.default.format, 'commonjs');
const mjs = await import('../fixtures/esm/pkg-commonjs/esm.mjs');
assert.strictEqual(mjs.format, 'module');

// CommonJS globals in an ES module: Node says where they come from.
const pjson = path.join(import.meta.dirname, '..', 'fixtures', 'esm', 'pkg-module', 'package.json');
await assert.rejects(import('../fixtures/esm/pkg-module/uses-require.js'), {
  name: 'ReferenceError',
  message: 'require is not defined in ES module scope, you can use import instead\n' +
    "This file is being treated as an ES module because it has a '.js' file extension and " +
    `'${pjson}' contains "type": "module". To treat it as a CommonJS script, rename it to use ` +
    "the '.cjs' file extension.",
});
await assert.rejects(import('data:text/javascript,__dirname'), {
  name: 'ReferenceError',
  message: '__dirname is not defined in ES module scope',
});
