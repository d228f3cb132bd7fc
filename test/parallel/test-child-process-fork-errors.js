'use strict';
// The errors of fork() and of an IPC channel: Node's argument checks, messages that cannot be
// sent, sending after disconnect, disconnecting twice, stdio without (or with two) 'ipc', and
// 'ipc' in the synchronous form.
const common = require('../common');
const assert = require('assert');
const { fork, spawn, spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', () => {});
  process.on('disconnect', common.mustCall());
  return;
}

assert.throws(() => fork(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => fork(__filename, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fork(__filename, [], 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: 'Forked processes must have an IPC channel, missing value \'ipc\' in options.stdio',
});
assert.throws(() => spawn(process.execPath, { stdio: ['ipc', 'ipc', 'pipe'] }), {
  code: 'ERR_IPC_ONE_PIPE',
  message: 'Child process can have only one IPC pipe',
});
assert.throws(() => spawnSync(process.execPath, { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
  message: 'IPC cannot be used with synchronous forks',
});

const child = fork(__filename, ['child'], { stdio: 'pipe' });
assert.ok(child.stdout);
assert.throws(() => child.send(), {
  code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified',
});
assert.throws(() => child.send(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send('x', null, 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send('x', {}), {
  code: 'ERR_INVALID_HANDLE_TYPE', message: 'This handle type cannot be sent',
});

child.disconnect();
assert.strictEqual(child.connected, false);
assert.strictEqual(child.send('late', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  assert.strictEqual(err.message, 'Channel closed');
})), false);
child.once('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  child.once('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED');
    assert.strictEqual(err.message, 'IPC channel is already disconnected');
  }));
  child.disconnect();
}));
child.send('late again');
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
