'use strict';
// common.expectsError: a validation function for assert.throws and for callbacks.
const common = require('../common');
const assert = require('assert');

assert.throws(() => Buffer.alloc('x'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "size" argument must be of type number.' + common.invalidArgTypeHelper('x'),
}));

// As a callback, with a count.
const check = common.expectsError({ code: 'ENOENT' }, 2);
const notFound = Object.assign(new Error('not found'), { code: 'ENOENT' });
check(notFound);
check(notFound);

// A mismatch fails the validation.
const wrong = common.expectsError({ code: 'EEXIST' });
assert.throws(() => wrong(notFound), { code: 'ERR_ASSERTION' });

// The message of a Node error must not be enumerable.
const enumerableMessage = { message: 'x', code: 'EX' };
const strict = common.expectsError({ code: 'EX' });
assert.throws(() => strict(enumerableMessage), /The error message should be non-enumerable/);

// Exactly one argument.
const oneArgument = common.expectsError(Error);
assert.throws(() => oneArgument(new Error(), 1), /Expected one argument/);
