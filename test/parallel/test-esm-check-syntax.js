'use strict';
// node --check on ES modules: a .mjs file or a .js file of a "type": "module" package is
// parsed as a module (import/export allowed, errors with the file's arrow), stdin with
// --input-type=module too; nothing runs.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

function check(args, options) {
  return spawnSync(process.execPath, ['--check', ...args], { encoding: 'utf8', ...options });
}

for (const file of ['a.mjs', 'pkg-module/index.js', 'throws.mjs', 'missing-export.mjs']) {
  const child = check([path.join(fixtures, file)]);
  assert.strictEqual(child.status, 0, file);
  assert.strictEqual(child.stdout, '');
  assert.strictEqual(child.stderr, '');
}

let child = check([path.join(fixtures, 'syntax-error.mjs')]);
assert.strictEqual(child.status, 1);
assert.deepStrictEqual(child.stderr.split('\n').slice(0, 5), [
  `${path.join(fixtures, 'syntax-error.mjs')}:1`,
  'export const = 1;',
  '             ^',
  '',
  "SyntaxError: Unexpected token '='",
]);

child = check(['--input-type=module'], { input: 'import x from "nowhere"; export default x;' });
assert.strictEqual(child.status, 0);
child = check([], { input: 'export default 1;' });
assert.strictEqual(child.status, 1);
assert.match(child.stderr, /SyntaxError: Unexpected token 'export'/);
