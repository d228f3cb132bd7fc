// JSON modules: imported with a type attribute (`with` or the older `assert`), as the module's
// default export only, sharing require()'s cache entry; the attribute is checked against the
// module's format.
import '../common/index.mjs';
import assert from 'assert';
import { createRequire } from 'module';
import data from '../fixtures/esm/data.json' with { type: 'json' };
import * as dataNamespace from '../fixtures/esm/data.json' with { type: 'json' };

const require = createRequire(import.meta.url);

assert.deepStrictEqual(data, { answer: 42, list: [1, 2] });
assert.deepStrictEqual(Object.keys(dataNamespace), ['default']);
assert.strictEqual(data, require('../fixtures/esm/data.json'));
assert.strictEqual((await import('../fixtures/esm/data.json', { with: { type: 'json' } })).default,
                   data);

await assert.rejects(import('../fixtures/esm/data.json'), {
  name: 'TypeError',
  code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
  message: /^Module "file:\/\/\/.*\/esm\/data\.json" needs an import attribute of type "json"$/,
});
await assert.rejects(import('../fixtures/esm/a.mjs', { with: { type: 'json' } }), {
  name: 'TypeError',
  code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
  message: /^Module "file:\/\/\/.*\/fixtures\/esm\/a\.mjs" is not of type "json"$/,
});
await assert.rejects(import('../fixtures/esm/a.mjs', { with: { type: 'css' } }), {
  code: 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED',
  message: 'Import attribute type "css" is unsupported',
});
await assert.rejects(import('../fixtures/esm/a.mjs', { with: { mode: 'x' } }), {
  code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  message: 'Import attribute "mode" with value "x" is not supported',
});
await assert.rejects(import('fs', { with: { type: 'json' } }), {
  code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
  message: 'Module "node:fs" is not of type "json"',
});

// JSON from a data: URL, and a parse error naming the module.
const inline = await import('data:application/json,{"inline":true}', { with: { type: 'json' } });
assert.deepStrictEqual(inline.default, { inline: true });
await assert.rejects(import('data:application/json,{bad', { with: { type: 'json' } }), {
  name: 'SyntaxError',
  message: /^data:application\/json,{bad: /,
});
