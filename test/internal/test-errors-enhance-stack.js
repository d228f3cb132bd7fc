// Flags: --expose-internals
'use strict';
// An unhandled 'error' event marks the error so that, when reported as uncaught, its stack
// gains "Emitted 'error' event on X instance at:" and the emit() call site. Compares our
// events + errors with Node's own output (line:column numbers normalized).
// Run: node --expose-internals test/internal/test-errors-enhance-stack.js
const assert = require('assert');
const h = require('./harness');

const loader = h.createLoader();
const OurEmitter = loader.require('events');
const ourErrors = loader.require('internal/errors');
const NodeEmitter = require('events');
const nodeErrors = require('internal/errors');

function enhanced(Base, symbol) {
  class Custom extends Base {}
  const results = [];
  for (const E of [Base, Custom]) {
    const emitter = new E();
    const err = new Error('boom');
    assert.throws(() => (function emitIt() { emitter.emit('error', err); })(), (e) => e === err);
    assert.strictEqual(typeof err[symbol], 'function');
    assert.ok(!Object.keys(err).length);
    results.push(err[symbol]().replace(/:\d+:\d+\)/g, ':L:C)'));
  }
  return results;
}

const ours = enhanced(OurEmitter, ourErrors.kEnhanceStackBeforeInspector);
const theirs = enhanced(NodeEmitter, nodeErrors.kEnhanceStackBeforeInspector);
assert.deepStrictEqual(ours, theirs);
assert.match(ours[0], /\nEmitted 'error' event at:\n {4}at emitIt /);
assert.match(ours[1], /\nEmitted 'error' event on Custom instance at:\n/);

// The fatal-exception hooks use it, and fall back to the plain stack.
const plain = new Error('plain');
assert.strictEqual(ourErrors.fatalExceptionStackEnhancers.beforeInspector(plain), plain.stack);
const marked = new Error('marked');
Object.defineProperty(marked, ourErrors.kEnhanceStackBeforeInspector, {
  value: () => 'Error: marked\nEXTRA', configurable: true,
});
assert.strictEqual(ourErrors.fatalExceptionStackEnhancers.beforeInspector(marked),
                   'Error: marked\nEXTRA');
assert.strictEqual(marked.stack, 'Error: marked\nEXTRA');
const withCode = new Error('coded');
withCode.code = 'X';
assert.match(ourErrors.fatalExceptionStackEnhancers.afterInspector(withCode),
             /^Error: coded\n {4}at [^]* \{\n {2}code: 'X'\n\}$/);
console.log('enhance-stack: ok');
