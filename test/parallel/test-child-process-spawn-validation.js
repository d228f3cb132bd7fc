'use strict';
// spawn()'s argument errors, thrown synchronously as Node throws them.
require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

assert.throws(() => spawn(), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('true', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawn('true', { killSignal: 'SIGNOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => spawn('true', { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('true', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('true', { stdio: ['pipe', 'pipe', 'pipe', 'input'] }), {
  code: 'ERR_INVALID_SYNC_FORK_INPUT',
  message: "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: 'input'",
});
