'use strict';
// process.emitWarning(): the errors for bad arguments, thrown synchronously.
require('../common');
const assert = require('assert');

process.on('warning', () => {});

const typeError = (name, kind, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "${name}" argument must be ${kind}. Received ${received}`,
});
const warningError = (received) =>
  typeError('warning', 'of type string or an instance of Error', received);

assert.throws(() => process.emitWarning(), warningError('undefined'));
assert.throws(() => process.emitWarning(1), warningError('type number (1)'));
assert.throws(() => process.emitWarning({}), warningError('an instance of Object'));
assert.throws(() => process.emitWarning(null), warningError('null'));
assert.throws(() => process.emitWarning({ name: 'Warning', message: 'm' }),
              warningError('an instance of Object'));

assert.throws(() => process.emitWarning('a', 1), typeError('type', 'of type string',
                                                            'type number (1)'));
assert.throws(() => process.emitWarning('a', null), typeError('type', 'of type string', 'null'));
assert.throws(() => process.emitWarning('a', ['x']),
              typeError('type', 'of type string', 'an instance of Array'));
assert.throws(() => process.emitWarning('a', { type: 1 }),
              typeError('type', 'of type string', 'type number (1)'));
assert.throws(() => process.emitWarning('a', 'T', 1),
              typeError('code', 'of type string', 'type number (1)'));
assert.throws(() => process.emitWarning('a', { code: 1 }),
              typeError('code', 'of type string', 'type number (1)'));
assert.throws(() => process.emitWarning('a', { code: null }),
              typeError('code', 'of type string', 'null'));
// The type is checked before the warning.
assert.throws(() => process.emitWarning(1, 1), typeError('type', 'of type string',
                                                          'type number (1)'));

// Accepted: a non-string detail is ignored, a fourth argument that is not a function too.
process.emitWarning('a', { detail: 1 });
process.emitWarning('a', 'T', 'C', 'not a function');
process.emitWarning('a', { type: '' });
process.emitWarning('a', '');
process.emitWarning(new TypeError('an error'));
