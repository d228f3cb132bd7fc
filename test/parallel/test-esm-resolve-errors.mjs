// What ES module resolution refuses, with Node's codes and messages: no extension or index
// searching (with a hint of what require() would load), directories, unknown extensions,
// encoded separators, invalid package names, URL schemes other than file:, data: and node:,
// relative imports from a data: module.
import '../common/index.mjs';
import assert from 'assert';
import path from 'path';
import { load } from '../fixtures/esm/importer.mjs';

const here = import.meta.filename;
const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'esm');
const fixturesURL = import.meta.url.replace(/parallel\/[^/]*$/, 'fixtures/esm');
const importer = path.join(fixtures, 'importer.mjs');

await assert.rejects(import('../fixtures/esm/a'), {
  name: 'Error',
  code: 'ERR_MODULE_NOT_FOUND',
  url: `${fixturesURL}/a`,
  message: `Cannot find module '${fixtures}/a' imported from ${here}`,
});
await assert.rejects(import('../fixtures/esm/dir-import'), {
  code: 'ERR_UNSUPPORTED_DIR_IMPORT',
  url: `${fixturesURL}/dir-import`,
  message: new RegExp(`^Directory import '${fixtures}/dir-import' is not supported resolving ` +
                      `ES modules imported from ${here}`),
});

// The hint says what require() would have loaded; as in Node, a relative specifier is looked
// up from the current directory.
process.chdir(fixtures);
await assert.rejects(load('./pkg-commonjs/lib'), {
  message: `Cannot find module '${fixtures}/pkg-commonjs/lib' imported from ${importer}\n` +
    'Did you mean to import "./pkg-commonjs/lib.js"?',
});
await assert.rejects(load('./dir-import'), {
  message: `Directory import '${fixtures}/dir-import' is not supported resolving ES modules ` +
    `imported from ${importer}\nDid you mean to import "./dir-import/index.js"?`,
});
await assert.rejects(load('main-pkg/main'), {
  message: `Cannot find module '${fixtures}/node_modules/main-pkg/main' imported from ` +
    `${importer}\nDid you mean to import "main-pkg/main.js"?`,
});
await assert.rejects(import('../fixtures/esm/plain.txt'), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_FILE_EXTENSION',
  message: `Unknown file extension ".txt" for ${fixtures}/plain.txt`,
});
await assert.rejects(import('../fixtures/esm/a%2fb.mjs'), {
  name: 'TypeError',
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module "${fixturesURL.slice(7)}/a%2fb.mjs" must not include encoded "/" ` +
    `or "\\" characters imported from ${here}`,
});
await assert.rejects(import('@scope'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module "@scope" is not a valid package name imported from ${here}`,
});
await assert.rejects(import('https://example.com/x.mjs'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  message: 'Only URLs with a scheme in: file, data, and node are supported by the default ' +
    "ESM loader. Received protocol 'https:'",
});
await assert.rejects(import('data:text/javascript,import "./x.mjs"'), {
  name: 'TypeError',
  code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  message: 'Failed to resolve module specifier "./x.mjs" from "data:text/javascript,import ' +
    '"./x.mjs"": Invalid relative URL or base scheme is not hierarchical.',
});
await assert.rejects(import('data:text/plain,hello'), {
  name: 'RangeError',
  code: 'ERR_UNKNOWN_MODULE_FORMAT',
  message: 'Unknown module format: text/plain for URL data:text/plain,hello',
});

// A failed import is remembered: the same error again.
const first = await import('../fixtures/esm/syntax-error.mjs').catch((err) => err);
const second = await import('../fixtures/esm/syntax-error.mjs').catch((err) => err);
assert.strictEqual(first.name, 'SyntaxError');
assert.strictEqual(first, second);
