'use strict';
// import() from CommonJS: from the module's own code, from eval and new Function code inside
// it, from -e code (relative to the current directory); the namespace of ES modules, CommonJS
// and built-ins; errors reject the promise.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

(async () => {
  const a = await import('../fixtures/esm/a.mjs');
  assert.strictEqual(a.a, 1);
  assert.strictEqual(a.default, 'a-default');
  assert.strictEqual(Object.prototype.toString.call(a), '[object Module]');
  assert.strictEqual(await import('../fixtures/esm/a.mjs'), a);

  const cjs = await import('../fixtures/esm/cjs-exports.cjs');
  assert.strictEqual(cjs.default, require('../fixtures/esm/cjs-exports.cjs'));
  assert.strictEqual((await import('path')).default, path);

  assert.strictEqual(await eval('import("../fixtures/esm/a.mjs")'), a);
  assert.strictEqual(await new Function('return import("../fixtures/esm/a.mjs")')(), a);

  await assert.rejects(import('../fixtures/esm/throws.mjs'), {
    message: 'thrown by throws.mjs',
  });
  await assert.rejects(import('./no-such-file.mjs'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${path.join(__dirname, 'no-such-file.mjs')}' imported from ` +
      __filename,
  });
})().then(common.mustCall());

const child = spawnSync(process.execPath, [
  '-e', 'import("./a.mjs").then((ns) => { console.log(ns.a, typeof fs); ' +
  'return import("./nope.mjs"); }).catch((err) => console.log(err.message))',
], { cwd: fixtures, encoding: 'utf8' });
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stdout,
                   `1 object\nCannot find module '${fixtures}/nope.mjs' imported from ` +
                   `${fixtures}/[eval]\n`);
