// import.meta: url, dirname, filename and a synchronous resolve(), as own writable data
// properties of a null-prototype object; resolve() gives the URL a missing file would have,
// and throws for what cannot be resolved at all.
import '../common/index.mjs';
import assert from 'assert';
import path from 'path';

const meta = import.meta;
assert.strictEqual(Object.getPrototypeOf(meta), null);
assert.deepStrictEqual(Object.keys(meta), ['dirname', 'filename', 'resolve', 'url']);
for (const key of Object.keys(meta)) {
  const { writable, enumerable, configurable } = Object.getOwnPropertyDescriptor(meta, key);
  assert.deepStrictEqual([writable, enumerable, configurable], [true, true, true]);
}

assert.match(meta.url, /^file:\/\/\/.*\/test\/parallel\/test-esm-import-meta\.mjs$/);
assert.strictEqual(meta.filename, decodeURIComponent(meta.url.slice('file://'.length)));
assert.strictEqual(meta.dirname, path.dirname(meta.filename));
assert.strictEqual(path.basename(meta.filename), 'test-esm-import-meta.mjs');

assert.strictEqual(typeof meta.resolve, 'function');
assert.strictEqual(meta.resolve.name, 'resolve');
assert.strictEqual(meta.resolve.length, 1);
const fixtures = meta.url.replace(/parallel\/[^/]*$/, 'fixtures/esm/');
assert.strictEqual(meta.resolve('../fixtures/esm/a.mjs'), `${fixtures}a.mjs`);
assert.strictEqual(meta.resolve('../fixtures/esm/not-there.mjs'), `${fixtures}not-there.mjs`);
assert.strictEqual(meta.resolve('../fixtures/esm/dir-import'), `${fixtures}dir-import`);
assert.strictEqual(meta.resolve('fs'), 'node:fs');
assert.strictEqual(meta.resolve('node:fs'), 'node:fs');
assert.strictEqual(meta.resolve('data:text/javascript,1'), 'data:text/javascript,1');
assert.strictEqual(meta.resolve('./a b.mjs'), meta.url.replace(/[^/]*$/, 'a%20b.mjs'));
assert.throws(() => meta.resolve('no-such-package-anywhere'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package-anywhere' imported from ${meta.filename}`,
});

// import.meta is per module, made on first use.
const other = await import('data:text/javascript,export default import.meta');
assert.deepStrictEqual(Object.keys(other.default), ['resolve', 'url']);
assert.strictEqual(other.default.url, 'data:text/javascript,export default import.meta');
assert.notStrictEqual(other.default, meta);
