'use strict';
// require() of ES modules (Node 20.19 and later): the graph is loaded and evaluated at once;
// require() returns the namespace (its "module.exports" export when there is one; for a
// module with a default export, a namespace with `__esModule: true` as well). Graphs with
// top-level await and a require() back into the module being loaded are refused, and
// --no-experimental-require-module brings back ERR_REQUIRE_ESM.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { isModuleNamespaceObject } = require('util').types;

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

const named = require('../fixtures/esm/named-only.mjs');
assert(isModuleNamespaceObject(named));
assert.deepStrictEqual(Object.keys(named), ['named']);

const withDefault = require('../fixtures/esm/a.mjs');
assert(isModuleNamespaceObject(withDefault));
assert.deepStrictEqual(Object.keys(withDefault),
                       ['__esModule', 'a', 'counter', 'default', 'increment']);
assert.strictEqual(withDefault.__esModule, true);
assert.strictEqual(withDefault.default, 'a-default');
withDefault.increment();
assert.strictEqual(withDefault.counter, 1);
assert.strictEqual(require('../fixtures/esm/a.mjs'), withDefault);

const entry = require.cache[path.join(fixtures, 'a.mjs')];
assert.strictEqual(entry.exports, withDefault);
assert.strictEqual(entry.loaded, true);

assert.deepStrictEqual(require('../fixtures/esm/module-exports-name.mjs'),
                       { value: 'module.exports' });
// In a "type": "module" package, .js and extensionless files alike; .cjs files are CommonJS.
assert.strictEqual(require('../fixtures/esm/pkg-module/index.js').format, 'module');
assert(isModuleNamespaceObject(require('../fixtures/esm/pkg-module/noext')));
assert.strictEqual(require('../fixtures/esm/pkg-module/legacy.cjs').format, 'commonjs');

assert.throws(() => require('../fixtures/esm/throws.mjs'), { message: 'thrown by throws.mjs' });
assert.throws(() => require('../fixtures/esm/syntax-error.mjs'), SyntaxError);

assert.throws(() => require('../fixtures/esm/tla-importer.mjs'), {
  code: 'ERR_REQUIRE_ASYNC_MODULE',
  message: 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use ' +
    `--experimental-print-required-tla.\n  From ${__filename} \n  Requiring ` +
    `${path.join(fixtures, 'tla-importer.mjs')} `,
});

// The module requires back the ES module being required: that inner require() fails.
const cycle = path.join(fixtures, 'require-cycle.mjs');
require(cycle);
const cycleError = require('../fixtures/esm/require-cycle.cjs');
assert.strictEqual(cycleError.code, 'ERR_REQUIRE_CYCLE_MODULE');
assert.strictEqual(cycleError.message,
                   `Cannot require() ES Module ${cycle} in a cycle. (from ${__filename})`);

// The same module for import() (whose namespace has no __esModule).
import('../fixtures/esm/named-only.mjs').then((ns) => {
  assert.strictEqual(ns, named);
});

// Required while being evaluated as part of an import graph.
let child = spawnSync(process.execPath, [path.join(fixtures, 'require-cycle-main.mjs')],
                      { encoding: 'utf8' });
assert.strictEqual(child.stdout, 'ERR_REQUIRE_CYCLE_MODULE Cannot require() ES Module ' +
                   `${cycle} in a cycle. (from ${path.join(fixtures, 'require-cycle.cjs')}) ` +
                   'A cycle involving require(esm) is not allowed to maintain invariants ' +
                   'mandated by the ECMAScript specification. Try making at least part of ' +
                   'the dependency in the graph lazily loaded.\n');
// Importing a module that is being evaluated.
child = spawnSync(process.execPath, [
  '--input-type=module', '-e', 'import err from "./require-cycle.cjs"; console.log(err.message)',
], { cwd: fixtures, encoding: 'utf8' });
assert.strictEqual(child.stdout, 'Cannot import Module ./require-cycle.cjs in a cycle. ' +
                   `(from ${cycle})\n`);

child = spawnSync(process.execPath, [
  '--no-experimental-require-module', '-e', 'require("./a.mjs")',
], { cwd: fixtures, encoding: 'utf8' });
assert.strictEqual(child.status, 1);
assert.match(child.stderr,
             /^Error \[ERR_REQUIRE_ESM\]: require\(\) of ES Module .*a\.mjs from .*\[eval\] not/m);
