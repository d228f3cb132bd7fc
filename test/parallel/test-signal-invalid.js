'use strict';
// Signals that cannot be caught: listening throws libuv's error and adds no listener. Names
// that are no signal are plain events.
require('../common');
const assert = require('assert');

for (const name of ['SIGKILL', 'SIGSTOP']) {
  assert.throws(() => process.on(name, () => {}), (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.message, 'uv_signal_start EINVAL');
    assert.strictEqual(err.code, 'EINVAL');
    assert.strictEqual(err.syscall, 'uv_signal_start');
    assert.strictEqual(err.errno, -require('os').constants.errno.EINVAL);
    return true;
  });
  assert.strictEqual(process.listenerCount(name), 0);
}

let got = null;
process.on('SIGFOO', (arg) => got = arg);
process.emit('SIGFOO', 1);
assert.strictEqual(got, 1);

// A listener added and removed leaves nothing behind; adding again works.
const fn = () => {};
process.on('SIGHUP', fn);
process.once('SIGHUP', fn);
process.off('SIGHUP', fn);
process.off('SIGHUP', fn);
assert.strictEqual(process.listenerCount('SIGHUP'), 0);
process.on('SIGHUP', fn);
process.off('SIGHUP', fn);
