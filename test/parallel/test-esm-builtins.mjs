// Importing built-ins: bare ids and node: URLs give one module whose default export is the
// module object and whose named exports are its own enumerable properties, kept in step with
// it by module.syncBuiltinESMExports(); ids that need the scheme and unknown ids are refused.
import '../common/index.mjs';
import assert from 'assert';
import fs, { readFileSync } from 'fs';
import * as fsNamespace from 'node:fs';
import * as pathNamespace from 'path';
import module, { syncBuiltinESMExports } from 'module';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);

assert.strictEqual(fs, require('fs'));
assert.strictEqual(readFileSync, fs.readFileSync);
assert.strictEqual(fsNamespace.default, fs);
assert.strictEqual(fsNamespace.readFileSync, readFileSync);
assert.deepStrictEqual(Object.keys(pathNamespace),
                       [...Object.keys(require('path')), 'default'].sort());
assert.strictEqual(module, require('module'));

assert.strictEqual(await import('fs'), fsNamespace);
assert.strictEqual(await import('node:fs'), fsNamespace);

// The namespace follows the module object after syncBuiltinESMExports().
const original = pathNamespace.basename;
const replacement = () => 'replaced';
require('path').basename = replacement;
assert.strictEqual(pathNamespace.basename, original);
syncBuiltinESMExports();
assert.strictEqual(pathNamespace.basename, replacement);
require('path').basename = original;
syncBuiltinESMExports();
assert.strictEqual(pathNamespace.basename, original);

await assert.rejects(import('node:no-such-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-builtin',
});
await assert.rejects(import('no-such-package-anywhere'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: /^Cannot find package 'no-such-package-anywhere' imported from /,
});
