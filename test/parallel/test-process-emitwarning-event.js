'use strict';
// process.emitWarning() emits 'warning' on a later tick with an Error whose name is the type
// and which has code and detail when given, and a stack that starts at the caller (or above
// the given constructor).
const common = require('../common');
const assert = require('assert');

const received = [];
process.on('warning', common.mustCall((warning) => received.push(warning), 9));

let sync = true;
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('options', { type: 'MyType', code: 'MY_CODE', detail: 'some detail' });
process.emitWarning('ignored detail', { detail: 5 });
function ctorFn() {
  process.emitWarning('above ctor', 'T', ctorFn);
}
ctorFn();
process.emitWarning('ctor as type', ctorFn);
const error = new RangeError('an error');
process.emitWarning(error);
process.emitWarning('dep', 'DeprecationWarning', 'DEP0XXX');
assert.strictEqual(received.length, 0);
process.nextTick(() => { sync = false; });

process.on('exit', () => {
  assert.strictEqual(sync, false);
  const shape = received.map((w) => [w.name, w.message, w.code, w.detail, Object.keys(w)]);
  assert.deepStrictEqual(shape, [
    ['Warning', 'plain', undefined, undefined, ['name']],
    ['CustomWarning', 'typed', undefined, undefined, ['name']],
    ['CustomWarning', 'coded', 'CODE1', undefined, ['name', 'code']],
    ['MyType', 'options', 'MY_CODE', 'some detail', ['name', 'code', 'detail']],
    ['Warning', 'ignored detail', undefined, undefined, ['name']],
    ['T', 'above ctor', undefined, undefined, ['name']],
    ['Warning', 'ctor as type', undefined, undefined, ['name']],
    ['RangeError', 'an error', undefined, undefined, []],
    ['DeprecationWarning', 'dep', 'DEP0XXX', undefined, ['name', 'code']],
  ]);
  for (const w of received) assert.ok(w instanceof Error);
  assert.strictEqual(received[7], error);
  assert.strictEqual(Object.getPrototypeOf(received[0]), Error.prototype);

  const firstFrame = (w) => w.stack.split('\n')[1];
  assert.strictEqual(received[0].stack.split('\n')[0], 'Warning: plain');
  assert.match(firstFrame(received[0]), /test-process-emitwarning-event\.js:\d+:\d+\)?$/);
  assert.doesNotMatch(received[0].stack, /emitWarning/);
  assert.strictEqual(received[5].stack.split('\n')[0], 'T: above ctor');
  assert.doesNotMatch(received[5].stack, /ctorFn/);
  assert.match(firstFrame(received[5]), /test-process-emitwarning-event\.js/);
});
