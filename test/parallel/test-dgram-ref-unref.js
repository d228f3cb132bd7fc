'use strict';
// A bound socket keeps the process alive until closed, unless unref()'d; ref() undoes that.
// Both return the socket.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const socket = dgram.createSocket('udp4');
  socket.bind(0, () => {
    if (process.argv[3] === 'unref') assert.strictEqual(socket.unref(), socket);
    if (process.argv[3] === 'ref') {
      socket.unref();
      assert.strictEqual(socket.ref(), socket);
      setImmediate(() => socket.close());
    }
    process.stdout.write('bound');
  });
  return;
}

for (const mode of ['unref', 'ref']) {
  const child = spawnSync(process.execPath, [__filename, 'child', mode], { timeout: 30000 });
  assert.strictEqual(child.status, 0, `${mode}: ${child.stderr}`);
  assert.strictEqual(child.stdout.toString(), 'bound');
}

// The same in this process: an unref'd socket does not hold the loop, its events still come.
const socket = dgram.createSocket('udp4');
socket.bind(0, common.mustCall(() => {
  socket.unref();
  socket.close(common.mustCall());
}));
