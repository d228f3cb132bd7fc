'use strict';
// AsyncLocalStorage: the store follows promises (await, then, thenables), nextTick,
// queueMicrotask, timers, immediates and the callbacks of fs and net, from where each was
// scheduled; run/exit restore the outer store, enterWith changes the current one.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
assert.strictEqual(als.getStore(), undefined);

als.run('a', common.mustCall(async () => {
  assert.strictEqual(als.getStore(), 'a');
  await null;
  assert.strictEqual(als.getStore(), 'a');
  await new Promise((resolve) => setTimeout(resolve, 1));
  assert.strictEqual(als.getStore(), 'a');
  await { then: common.mustCall((resolve) => {
    assert.strictEqual(als.getStore(), 'a');
    resolve();
  }) };
  assert.strictEqual(als.getStore(), 'a');
}));

als.run('b', () => {
  const check = () => common.mustCall(() => assert.strictEqual(als.getStore(), 'b'));
  setTimeout(check(), 1);
  setImmediate(check());
  process.nextTick(check());
  queueMicrotask(check());
  Promise.resolve().then(check());
  Promise.reject(new Error('x')).catch(check());
  fs.stat(__filename, check());
  fs.promises.stat(__filename).then(check());
  const interval = setInterval(common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'b');
    clearInterval(interval);
  }), 1);
  const server = net.createServer(common.mustCall((socket) => {
    assert.strictEqual(als.getStore(), 'b');
    socket.end('hi');
    server.close();
  }));
  server.listen(0, common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'b');
    als.run('c', () => {
      const client = net.connect(server.address().port, common.mustCall(() => {
        assert.strictEqual(als.getStore(), 'c');
      }));
      client.on('data', common.mustCall(() => assert.strictEqual(als.getStore(), 'c')));
      client.on('close', common.mustCall(() => assert.strictEqual(als.getStore(), 'c')));
    });
  }));
});
assert.strictEqual(als.getStore(), undefined);

// A throwing callback still restores the outer store.
assert.throws(() => als.run('d', () => { throw new Error('boom'); }), /boom/);
assert.strictEqual(als.getStore(), undefined);

// run passes its arguments and returns the callback's result.
assert.strictEqual(als.run('e', (x, y) => `${als.getStore()}${x}${y}`, 1, 2), 'e12');

// Nested stores, two instances, exit and disable.
const other = new AsyncLocalStorage();
als.run('outer', () => {
  other.run(42, () => {
    assert.strictEqual(als.getStore(), 'outer');
    assert.strictEqual(other.getStore(), 42);
    als.run('inner', () => assert.strictEqual(als.getStore(), 'inner'));
    assert.strictEqual(als.getStore(), 'outer');
    als.exit(() => {
      assert.strictEqual(als.getStore(), undefined);
      assert.strictEqual(other.getStore(), 42);
    });
    assert.strictEqual(als.getStore(), 'outer');
    other.disable();
    assert.strictEqual(other.getStore(), undefined);
    assert.strictEqual(als.getStore(), 'outer');
  });
});

// enterWith sets the store for the rest of this synchronous run and what it schedules.
const entered = new AsyncLocalStorage();
setImmediate(common.mustCall(() => {
  entered.enterWith('f');
  assert.strictEqual(entered.getStore(), 'f');
  setTimeout(common.mustCall(() => assert.strictEqual(entered.getStore(), 'f')), 1);
}));
setImmediate(common.mustCall(() => assert.strictEqual(entered.getStore(), undefined)));

// snapshot() and bind() capture the current stores.
const snapshot = als.run('g', () => AsyncLocalStorage.snapshot());
assert.strictEqual(snapshot(() => als.getStore()), 'g');
assert.strictEqual(snapshot((a, b) => a + b, 1, 2), 3);
const bound = als.run('h', () => AsyncLocalStorage.bind((x) => [als.getStore(), x]));
assert.deepStrictEqual(bound(1), ['h', 1]);
assert.strictEqual(bound.length, 1);
assert.strictEqual(als.getStore(), undefined);
