// Top-level await: importers wait for the awaited module; a graph that never settles ends
// the process with exit code 13 (and no message), unless process.exitCode says otherwise.
import '../common/index.mjs';
import assert from 'assert';
import { spawnSync } from 'child_process';
import path from 'path';
import { seen } from '../fixtures/esm/tla-importer.mjs';
import { value } from '../fixtures/esm/tla.mjs';

assert.strictEqual(seen, 'awaited');
assert.strictEqual(value, 'awaited');
assert.strictEqual(await Promise.resolve('here too'), 'here too');

const unsettled = path.join(import.meta.dirname, '..', 'fixtures', 'esm', 'tla-unsettled.mjs');
let child = spawnSync(process.execPath, [unsettled], { encoding: 'utf8' });
assert.strictEqual(child.status, 13);
assert.strictEqual(child.stdout, '');
assert.strictEqual(child.stderr, '');

child = spawnSync(process.execPath, [
  '--input-type=module', '-e',
  'process.on("exit", (code) => console.log("exit", code, process.exitCode)); ' +
  'await new Promise(() => {});',
], { encoding: 'utf8' });
assert.strictEqual(child.status, 13);
assert.strictEqual(child.stdout, 'exit 0 13\n');

child = spawnSync(process.execPath, [
  '--input-type=module', '-e', 'process.exitCode = 3; await new Promise(() => {});',
], { encoding: 'utf8' });
assert.strictEqual(child.status, 3);

// Not for a module that import() loads from CommonJS code.
child = spawnSync(process.execPath, ['-e', `import(${JSON.stringify(unsettled)})`],
                  { encoding: 'utf8' });
assert.strictEqual(child.status, 0);
