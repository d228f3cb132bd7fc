'use strict';
// fork(): messages both ways with their callbacks, process.send/connected/channel in the
// child, the env variables the child is started with (removed once read), the child's
// stdio array, and the order of 'disconnect', 'exit' and 'close'.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  assert.strictEqual(process.env.NODE_CHANNEL_SERIALIZATION_MODE, undefined);
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.send, 'function');
  assert.strictEqual(typeof process.channel.fd, 'number');
  process.on('message', (m) => {
    if (m === 'bye') {
      process.send({ last: true }, common.mustCall((err) => {
        assert.strictEqual(err, null);
        process.disconnect();
        assert.strictEqual(process.connected, false);
      }));
      return;
    }
    process.send({ echo: m, argv: process.argv.slice(2) });
  });
  process.on('disconnect', common.mustCall());
  return;
}

const child = fork(__filename, ['child', 'x']);
assert.strictEqual(child.connected, true);
assert.strictEqual(child.stdio.length, 4);
assert.strictEqual(child.stdio[3], null);
assert.strictEqual(child.stdin, null);
assert.strictEqual(child.stdout, null);
const events = [];
const got = [];
child.on('message', (m) => got.push(m));
assert.strictEqual(child.send({ a: [1, 'two', null] }), true);
child.send('text', common.mustCall((err) => assert.strictEqual(err, null)));
child.send(42, undefined, {}, common.mustCall());
child.send('bye');
child.on('disconnect', common.mustCall(() => {
  events.push('disconnect');
  assert.strictEqual(child.connected, false);
}));
child.on('exit', common.mustCall((code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.deepStrictEqual(events.sort(), ['disconnect', 'exit']);
  assert.deepStrictEqual(got, [
    { echo: { a: [1, 'two', null] }, argv: ['child', 'x'] },
    { echo: 'text', argv: ['child', 'x'] },
    { echo: 42, argv: ['child', 'x'] },
    { last: true },
  ]);
}));
