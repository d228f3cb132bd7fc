'use strict';
// Invariant checks for built-in modules: a failed check is a bug in the runtime, reported as
// ERR_INTERNAL_ASSERTION (never an AssertionError, which belongs to the user-facing assert).

function internalAssertionError(message) {
  const { ERR_INTERNAL_ASSERTION } = require('internal/errors').codes;
  return new ERR_INTERNAL_ASSERTION(message);
}

function assert(value, message) {
  if (!value) throw internalAssertionError(message);
}

assert.fail = function fail(message) {
  throw internalAssertionError(message);
};

module.exports = assert;
