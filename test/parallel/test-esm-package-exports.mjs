// Bare specifiers: package.json "exports" (conditions import, node, default; subpaths,
// patterns, null targets), "imports" (#names, to files, packages and built-ins), "main"
// without "exports", a package importing itself by name; and the errors for what a package
// does not export.
import '../common/index.mjs';
import assert from 'assert';
import path from 'path';
import { load, resolve } from '../fixtures/esm/importer.mjs';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'esm');
const importer = path.join(fixtures, 'importer.mjs');
const pkgURL = resolve('exports-pkg/package.json').replace(/package\.json$/, '');

assert.strictEqual((await load('exports-pkg')).which, 'import');
assert.strictEqual(resolve('exports-pkg'), `${pkgURL}lib/import.mjs`);
assert.strictEqual((await load('exports-pkg/feature')).which, 'node');
assert.strictEqual((await load('exports-pkg/sub/default')).which, 'default');
assert.strictEqual(resolve('exports-pkg/sub/a/b'), `${pkgURL}lib/a/b.mjs`);

const internal = await load('exports-pkg/sub/uses-imports');
assert.strictEqual(internal.which, 'internal');
assert.strictEqual(internal.dep, 'node');
assert.strictEqual(internal.readFileSync, (await import('fs')).readFileSync);

// Without "exports": "main", and any file by its path.
assert.strictEqual((await load('main-pkg')).default, 'main-pkg');
assert.strictEqual((await load('main-pkg/main.js')).default, 'main-pkg');

// A package's own name, through its "exports".
const self = await load('./self-ref/index.js');
assert.deepStrictEqual({ ...self }, { other: 'other', self: 'self' });

await assert.rejects(load('exports-pkg/lib/import.mjs'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: "Package subpath './lib/import.mjs' is not defined by \"exports\" in " +
    `${fixtures}/node_modules/exports-pkg/package.json imported from ${importer}`,
});
await assert.rejects(load('exports-pkg/hidden/x'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: "Package subpath './hidden/x' is not defined by \"exports\" in " +
    `${fixtures}/node_modules/exports-pkg/package.json imported from ${importer}`,
});
await assert.rejects(load('exports-pkg/sub/missing'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${fixtures}/node_modules/exports-pkg/lib/missing.mjs' ` +
    `imported from ${importer}`,
});
await assert.rejects(load('#internal'), {
  name: 'TypeError',
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#internal" is not defined imported from ${importer}`,
});
