// A cycle of imports: each module sees the other's bindings live, an unevaluated binding is in
// its temporal dead zone, and both are evaluated once; import() from a CommonJS module being
// evaluated, of a module that imports it, gets that module once its graph has run.
import '../common/index.mjs';
import assert from 'assert';
import * as a from '../fixtures/esm/cycle-a.mjs';
import * as b from '../fixtures/esm/cycle-b.mjs';
import { counter, increment } from '../fixtures/esm/a.mjs';

assert.strictEqual(a.a, 'a');
assert.strictEqual(a.fromB, 'b');
assert.strictEqual(a.aReadInB, 'a');
assert.strictEqual(b.readA(), 'a');
assert.strictEqual(b.aWhileBRuns, 'ReferenceError');
assert.strictEqual(await import('../fixtures/esm/cycle-a.mjs'), a);

// Live bindings.
assert.strictEqual(counter, 0);
increment();
assert.strictEqual(counter, 1);

const dynamic = await import('../fixtures/esm/dynamic-cycle.mjs');
assert.strictEqual(await dynamic.cjs.loaded, dynamic);
