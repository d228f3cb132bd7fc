'use strict';
// The main script as an ES module (.mjs, or .js in a "type": "module" package): what it sees,
// and how its failures are reported (the source arrow, the error, exit code 1).
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');
const fixturesURL = `file://${fixtures}`;

function run(args, options) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
}

// What the entry point sees.
let child = run([path.join(fixtures, 'pkg-module', 'index.js')]);
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stderr, '');

for (const main of ['pkg-module/main-entry.js', 'main-entry.mjs']) {
  child = run([path.join('..', 'fixtures', 'esm', main), 'extra'], { cwd: __dirname });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
  assert.deepStrictEqual(JSON.parse(child.stdout), {
    argv: [path.join(fixtures, main), 'extra'],
    url: `${fixturesURL}/${main}`,
    require: 'undefined',
    mainModule: 'undefined',
  });
}

// An exception while the main module runs.
child = run([path.join(fixtures, 'throws.mjs')]);
assert.strictEqual(child.status, 1);
assert.strictEqual(child.stdout, '');
let lines = child.stderr.split('\n');
assert.deepStrictEqual(lines.slice(0, 6), [
  `${fixturesURL}/throws.mjs:2`,
  "throw new Error('thrown by throws.mjs');",
  '      ^',
  '',
  'Error: thrown by throws.mjs',
  `    at ${fixturesURL}/throws.mjs:2:7`,
]);
assert.match(child.stderr, /\nNode\.js v20\.\d+\.\d+\n$/);

// A SyntaxError.
child = run([path.join(fixtures, 'syntax-error.mjs')]);
assert.strictEqual(child.status, 1);
lines = child.stderr.split('\n');
assert.deepStrictEqual(lines.slice(0, 5), [
  `${fixturesURL}/syntax-error.mjs:1`,
  'export const = 1;',
  '             ^',
  '',
  "SyntaxError: Unexpected token '='",
]);

// An import the module does not export: the arrow is part of the stack.
child = run([path.join(fixtures, 'missing-export.mjs')]);
assert.strictEqual(child.status, 1);
lines = child.stderr.split('\n');
assert.deepStrictEqual(lines.slice(0, 2), [
  `${fixturesURL}/missing-export.mjs:1`,
  "import { nope } from './a.mjs';",
]);
assert.match(lines[2], /^ {9}\^+$/);
assert.strictEqual(lines[3],
                   "SyntaxError: The requested module './a.mjs' does not provide an export named " +
                   "'nope'");

// A rejection nobody handles.
child = run(['--input-type=module', '-e', 'Promise.reject(new Error("rejected"))'],
            { cwd: fixtures });
assert.strictEqual(child.status, 1);
assert.match(child.stderr, /^Error: rejected\n {4}at file:\/\/\/.*\/\[eval1\]:1:16\n/m);

// An error listener takes it.
child = run(['--input-type=module', '-e',
             'process.on("uncaughtException", (e, origin) => console.log(e.message, origin)); ' +
             'throw new Error("listened")']);
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stdout, 'listened unhandledRejection\n');
