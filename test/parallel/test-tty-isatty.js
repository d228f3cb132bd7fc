'use strict';
// tty.isatty() on descriptors that are not terminals (the test runs with stdin from
// /dev/null and its output in pipes or files), and the errors of tty.ReadStream and
// tty.WriteStream on such descriptors and on bad ones.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');

for (const fd of [-1, 1.5, '1', null, undefined, 2 ** 31, NaN, 99999]) {
  assert.strictEqual(tty.isatty(fd), false);
}
const fd = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(fd), false);

for (const Class of [tty.ReadStream, tty.WriteStream]) {
  assert.throws(() => new Class(fd), (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
    assert.strictEqual(err.message,
                       'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
    assert.deepStrictEqual(err.info, {
      errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
    });
    assert.strictEqual(err.errno, -22);
    assert.strictEqual(err.syscall, 'uv_tty_init');
    return true;
  });
  for (const bad of [-1, 1.5, 'x']) {
    assert.throws(() => new Class(bad), {
      name: 'RangeError',
      code: 'ERR_INVALID_FD',
      message: `"fd" must be a positive integer: ${bad}`,
    });
  }
}
fs.closeSync(fd);

// The prototypes, as Node builds them: sockets, with the terminal methods on WriteStream.
const net = require('net');
assert.ok(tty.ReadStream.prototype instanceof net.Socket);
assert.ok(tty.WriteStream.prototype instanceof net.Socket);
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
for (const name of ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize',
                    'getColorDepth', 'hasColors', '_refreshSize']) {
  assert.strictEqual(typeof tty.WriteStream.prototype[name], 'function', name);
}
assert.strictEqual(typeof tty.ReadStream.prototype.setRawMode, 'function');
