// Flags: --conditions=custom
// --conditions adds user conditions to the ones ES module resolution matches in "exports".
import '../common/index.mjs';
import assert from 'assert';
import { load } from '../fixtures/esm/importer.mjs';

assert.strictEqual((await load('exports-pkg')).which, 'custom');
assert.strictEqual((await load('exports-pkg/feature')).which, 'node');
