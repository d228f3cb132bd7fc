// Importing CommonJS from an ES module: the default export is module.exports, and the named
// exports are the ones Node finds in the source (exports.x =, exports['x'] =,
// Object.defineProperty with a value or a plain getter, module.exports = { ... }, re-exports
// through module.exports = require()), with their values when the module has run.
import '../common/index.mjs';
import assert from 'assert';
import { createRequire } from 'module';
import * as ns from '../fixtures/esm/cjs-exports.cjs';
import cjs, {
  dotted, bracketed, viaModule, defined, getter,
} from '../fixtures/esm/cjs-exports.cjs';
import * as literal from '../fixtures/esm/cjs-literal.cjs';
import * as reexport from '../fixtures/esm/cjs-reexport.cjs';
import * as esModule from '../fixtures/esm/cjs-esmodule.cjs';
import callable, { property } from '../fixtures/esm/cjs-function.cjs';

const require = createRequire(import.meta.url);

assert.deepStrictEqual(Object.keys(ns), [
  'addedLater', 'bracketed', 'default', 'defined', 'dotted', 'getter', 'neverSet', 'viaModule',
]);
assert.strictEqual(ns.default, cjs);
assert.strictEqual(cjs, require('../fixtures/esm/cjs-exports.cjs'));
assert.strictEqual(dotted, 'dotted');
assert.strictEqual(bracketed, 'bracketed');
assert.strictEqual(viaModule, 'viaModule');
assert.strictEqual(defined, 'defined');
assert.strictEqual(getter, 'getter');
assert.strictEqual(cjs.computed, 'computed');
assert.strictEqual(ns.neverSet, undefined);
assert.strictEqual(ns.addedLater, undefined);

// Object literal detection stops at the first value that is not a name.
assert.deepStrictEqual(Object.keys(literal), ['default', 'first', 'second', 'third']);
assert.strictEqual(literal.second, 2);
assert.strictEqual(literal.default.fourth, 4);

assert.deepStrictEqual(Object.keys(reexport), Object.keys(ns));
assert.strictEqual(reexport.default, cjs);

// __esModule does not change what the default export is.
assert.deepStrictEqual(Object.keys(esModule), ['__esModule', 'default', 'named']);
assert.strictEqual(esModule.default.default, 'the default property');
assert.strictEqual(esModule.named, 'named');

assert.strictEqual(typeof callable, 'function');
assert.strictEqual(callable(), 'called');
assert.strictEqual(property, 'property');

// Named exports are a snapshot taken when the module ran.
setImmediate(() => {
  assert.strictEqual(cjs.addedLater, 'too late');
  assert.strictEqual(ns.addedLater, undefined);
});

// A named import that the source does not show: Node explains how to import CommonJS.
await assert.rejects(import('../fixtures/esm/missing-cjs-export.mjs'), {
  name: 'SyntaxError',
  message: "Named export 'nope' not found. The requested module './cjs-exports.cjs' is a " +
    'CommonJS module, which may not support all module.exports as named exports.\n' +
    'CommonJS modules can always be imported via the default export, for example using:\n\n' +
    "import pkg from './cjs-exports.cjs';\nconst { nope, dotted } = pkg;\n",
});
