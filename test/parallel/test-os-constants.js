'use strict';
// os.constants: signals, errno, priority and dlopen numbers; each number read-only, the groups
// on a non-writable os.constants, all on null-prototype objects.
require('../common');
const assert = require('assert');
const os = require('os');

const { constants } = os;
assert.deepStrictEqual(Object.keys(constants),
                       ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.strictEqual(Object.getPrototypeOf(constants), null);
assert.strictEqual(constants.UV_UDP_REUSEADDR, 4);

{
  const desc = Object.getOwnPropertyDescriptor(os, 'constants');
  assert.strictEqual(desc.writable, false);
  assert.strictEqual(desc.configurable, false);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(os.constants, constants);
}

for (const group of ['dlopen', 'errno', 'signals', 'priority']) {
  const table = constants[group];
  assert.strictEqual(Object.getPrototypeOf(table), null);
  assert.ok(Object.isExtensible(table));
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(constants, group),
                         { value: table, writable: true, enumerable: true, configurable: true });
  for (const key of Object.keys(table)) {
    assert.strictEqual(typeof table[key], 'number');
    const desc = Object.getOwnPropertyDescriptor(table, key);
    assert.strictEqual(desc.writable, false);
    assert.strictEqual(desc.configurable, false);
    assert.strictEqual(desc.enumerable, true);
  }
}
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(constants, 'UV_UDP_REUSEADDR'),
                       { value: 4, writable: false, enumerable: true, configurable: false });

// The numbers cannot be changed.
assert.throws(() => { 'use strict'; constants.signals.SIGINT = 1; }, TypeError);
assert.throws(() => { 'use strict'; delete constants.errno.ENOENT; }, TypeError);
assert.strictEqual(constants.signals.SIGINT, 2);

const { signals, errno, dlopen } = constants;
assert.deepStrictEqual(Object.keys(signals), [
  'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT', 'SIGBUS', 'SIGFPE',
  'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGCHLD',
  'SIGSTKFLT', 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU',
  'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSYS',
]);
assert.strictEqual(signals.SIGKILL, 9);
assert.strictEqual(signals.SIGTERM, 15);
assert.strictEqual(signals.SIGIOT, signals.SIGABRT);
assert.strictEqual(errno.ENOENT, 2);
assert.strictEqual(errno.EACCES, 13);
assert.strictEqual(errno.EWOULDBLOCK, errno.EAGAIN);
assert.strictEqual(Object.keys(errno).length, 79);
assert.deepStrictEqual({ ...dlopen },
                       { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0,
                         RTLD_DEEPBIND: 8 });
