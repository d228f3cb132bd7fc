'use strict';
// --input-type=module: -e and stdin code runs as the ES module [eval1] of the current
// directory (with top-level await and import); -p refuses it; --input-type must be "module" or
// "commonjs", and only applies to -e, -p and stdin.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');
const evalURL = `file://${fixtures}/[eval1]`;

function run(args, options) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', cwd: fixtures, ...options });
}

const code = 'import { a } from "./a.mjs"; const b = await import("./a.mjs"); ' +
  'console.log(a, b.a, import.meta.url, import.meta.filename, typeof require, this);';
let child = run(['--input-type=module', '-e', code]);
assert.strictEqual(child.stderr, '');
assert.strictEqual(child.stdout, `1 1 ${evalURL} ${fixtures}/[eval1] undefined undefined\n`);
assert.strictEqual(child.status, 0);

// As for CommonJS -e code, built-ins are globals; not for stdin.
child = run(['--input-type=module', '-e', 'console.log(typeof fs, typeof path)']);
assert.strictEqual(child.stdout, 'object object\n');
child = run(['--input-type=module'], { input: code });
assert.strictEqual(child.stdout, `1 1 ${evalURL} ${fixtures}/[eval1] undefined undefined\n`);
child = run(['--input-type=module'], { input: 'console.log(typeof fs)' });
assert.strictEqual(child.stdout, 'undefined\n');

child = run(['--input-type=module', '-e', 'throw new Error("boom")']);
assert.strictEqual(child.status, 1);
assert.deepStrictEqual(child.stderr.split('\n').slice(0, 6), [
  `${evalURL}:1`,
  'throw new Error("boom")',
  '      ^',
  '',
  'Error: boom',
  `    at ${evalURL}:1:7`,
]);

child = run(['--input-type=module', '-p', '1']);
assert.strictEqual(child.status, 1);
assert.match(child.stderr,
             /^Error \[ERR_EVAL_ESM_CANNOT_PRINT\]: --print cannot be used with ESM input$/m);

child = run(['--input-type=module', 'a.mjs']);
assert.strictEqual(child.status, 1);
assert.match(child.stderr, /^Error \[ERR_INPUT_TYPE_NOT_ALLOWED\]: --input-type can only be /m);
assert.match(child.stderr, / used with string input via --eval, --print, or STDIN$/m);

// A CommonJS main is not affected.
child = run(['--input-type=module', 'pkg-commonjs/lib.js']);
assert.strictEqual(child.status, 0);

child = run(['--input-type=esm', '-e', '1']);
assert.strictEqual(child.status, 9);
assert.strictEqual(child.stderr,
                   `${process.execPath}: --input-type must be "module" or "commonjs"\n`);
