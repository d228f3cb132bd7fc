'use strict';
// util.inspect of AbortController and AbortSignal, at every depth.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const controller = new AbortController();
assert.strictEqual(inspect(controller),
                   'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(inspect(controller.signal), 'AbortSignal { aborted: false }');
assert.strictEqual(inspect(controller, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(inspect(controller.signal, { depth: 0 }), 'AbortSignal [Object]');
// Below depth 0 the objects print as plain objects: the signal has (symbol) fields.
assert.strictEqual(inspect(controller, { depth: -1 }), 'AbortController {}');
assert.strictEqual(inspect(controller.signal, { depth: -1 }), '[AbortSignal]');
assert.strictEqual(inspect({ a: { b: { controller } } }),
                   '{ a: { b: { controller: AbortController {} } } }');
assert.strictEqual(inspect({ a: { b: { s: controller.signal } } }),
                   '{ a: { b: { s: [AbortSignal] } } }');
controller.abort();
assert.strictEqual(inspect(controller),
                   'AbortController { signal: AbortSignal { aborted: true } }');
assert.strictEqual(inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
assert.strictEqual(inspect(AbortSignal.timeout(1e6)), 'AbortSignal { aborted: false }');
assert.strictEqual(inspect(AbortSignal.any([])), 'AbortSignal { aborted: false }');
assert.strictEqual(inspect(controller.signal, { depth: null }), 'AbortSignal { aborted: true }');
