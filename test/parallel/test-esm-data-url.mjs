// data: URLs as modules: JavaScript (text/javascript and application/javascript, plain or
// base64, percent-decoded), JSON with its type attribute; they import built-ins and absolute
// URLs but nothing relative; other MIME types are refused.
import '../common/index.mjs';
import assert from 'assert';

const plain = await import('data:text/javascript,export default "%41%20b"; export const n = 1');
assert.deepStrictEqual({ ...plain }, { default: 'A b', n: 1 });
const base64 = await import('data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgNDI=');
assert.strictEqual(base64.default, 42);
const charset = await import('data:application/javascript;charset=utf-8,export default 3');
assert.strictEqual(charset.default, 3);
const aURL = JSON.stringify(import.meta.resolve('../fixtures/esm/a.mjs'));
const withImports = await import('data:text/javascript,import fs from "fs"; export default fs;' +
                                 `export { a } from ${aURL};`);
assert.strictEqual(withImports.default, (await import('fs')).default);
assert.strictEqual(withImports.a, 1);

// The same URL is the same module.
assert.strictEqual(await import('data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgNDI='), base64);

await assert.rejects(import('data:,hello'), { code: 'ERR_INVALID_URL', message: 'Invalid URL' });
await assert.rejects(import('data:text/javascript,import "pkg"'), {
  code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
});
