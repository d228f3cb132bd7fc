'use strict';
// Many messages in both directions: send() says false once the channel's queue is long (and
// every message still arrives, in order); messages that come before the child has a 'message'
// listener wait for one; a child that exits right after send() still delivers the message.
const common = require('../common');
const assert = require('assert');
const { fork, spawn } = require('child_process');

const N = 5000;
const big = 'x'.repeat(1024);

if (process.argv[2] === 'child') {
  // The parent's messages are already on their way; the listener comes later.
  setTimeout(() => {
    let next = 0;
    process.on('message', (m) => {
      assert.strictEqual(m.i, next++);
      if (next === N) {
        let full = false;
        for (let i = 0; i < N; i++) {
          if (!process.send({ i, big })) full = true;
        }
        assert.strictEqual(full, true);
        // disconnect() drops what is still queued: it waits for the last write
        process.send('end', () => process.disconnect());
      }
    });
  }, 50);
  return;
}
if (process.argv[2] === 'ipc-stdio') {
  // spawned with an 'ipc' stdio entry rather than by fork()
  process.send({ fd: 3 }, () => process.exit(7));
  return;
}

const child = fork(__filename, ['child']);
let full = false;
for (let i = 0; i < N; i++) {
  if (!child.send({ i, big })) full = true;
}
assert.strictEqual(full, true);
let next = 0;
child.on('message', (m) => {
  if (m === 'end') {
    assert.strictEqual(next, N);
    return;
  }
  assert.strictEqual(m.i, next++);
});
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
child.on('close', common.mustCall(() => assert.strictEqual(next, N)));

const other = spawn(process.execPath, [__filename, 'ipc-stdio'],
                    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
other.on('message', common.mustCall((m) => assert.deepStrictEqual(m, { fd: 3 })));
other.on('exit', common.mustCall((code) => assert.strictEqual(code, 7)));
