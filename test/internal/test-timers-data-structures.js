// Flags: --expose-internals
'use strict';
// internal/priority_queue, internal/fixed_queue and internal/linkedlist, loaded through the
// harness: heap order under random inserts and removals, removeAt through the positions it
// reports, a FIFO across many ring buffers, and the circular list the timer lists use.
require('../common');
const assert = require('assert');
const harness = require('./harness');

const PriorityQueue = harness.load('internal/priority_queue');
const FixedQueue = harness.load('internal/fixed_queue');
const L = harness.load('internal/linkedlist');

// A deterministic pseudo-random sequence.
let seed = 42;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

{
  const queue = new PriorityQueue();
  assert.strictEqual(queue.size, 0);
  assert.strictEqual(queue.peek(), undefined);
  assert.strictEqual(queue.shift(), undefined);
  const values = [];
  for (let i = 0; i < 1000; i++) {
    const value = random(100);
    values.push(value);
    queue.insert(value);
  }
  assert.strictEqual(queue.size, 1000);
  values.sort((a, b) => a - b);
  assert.strictEqual(queue.peek(), values[0]);
  for (const value of values) assert.strictEqual(queue.shift(), value);
  assert.strictEqual(queue.size, 0);
}

{
  // Items that know their slot, removed from the middle.
  const compare = (a, b) => a.key - b.key || a.id - b.id;
  const queue = new PriorityQueue(compare, (item, slot) => { item.slot = slot; });
  let live = [];
  for (let round = 0; round < 2000; round++) {
    if (live.length > 0 && random(3) === 0) {
      const item = live.splice(random(live.length), 1)[0];
      assert.strictEqual(queue.peekBottom() !== undefined, true);
      queue.removeAt(item.slot);
    } else {
      const item = { key: random(50), id: round, slot: null };
      live.push(item);
      queue.insert(item);
    }
    assert.strictEqual(queue.size, live.length);
  }
  // Raise the smallest item's key and restore the order, as the timer lists do.
  const top = queue.peek();
  top.key = 1000;
  queue.percolateDown(1);
  live.sort(compare);
  for (const item of live) assert.strictEqual(queue.shift(), item);
  assert.strictEqual(queue.remove({}), false);
  const a = { key: 1, id: 0 };
  queue.insert(a);
  assert.strictEqual(queue.remove(a), true);
  assert.strictEqual(queue.size, 0);
  live = null;
}

{
  const queue = new FixedQueue();
  assert.strictEqual(queue.isEmpty(), true);
  assert.strictEqual(queue.shift(), null);
  let next = 0;
  let expected = 0;
  // Bursts bigger than one ring, drained part of the way each time.
  for (let burst = 0; burst < 20; burst++) {
    const n = random(5000);
    for (let i = 0; i < n; i++) queue.push({ n: next++ });
    const take = random(n + 1);
    for (let i = 0; i < take; i++) assert.strictEqual(queue.shift().n, expected++);
  }
  while (!queue.isEmpty()) assert.strictEqual(queue.shift().n, expected++);
  assert.strictEqual(expected, next);
  assert.strictEqual(queue.shift(), null);
}

{
  const list = L.init({});
  assert.strictEqual(L.isEmpty(list), true);
  assert.strictEqual(L.peek(list), null);
  const a = { name: 'a' };
  const b = { name: 'b' };
  const c = { name: 'c' };
  L.append(list, a);
  L.append(list, b);
  L.append(list, c);
  assert.strictEqual(L.isEmpty(list), false);
  assert.strictEqual(L.peek(list), a);
  L.remove(a);
  assert.strictEqual(a._idleNext, null);
  assert.strictEqual(a._idlePrev, null);
  assert.strictEqual(L.peek(list), b);
  // Appending an item that is in a list moves it to the end.
  L.append(list, b);
  assert.strictEqual(L.peek(list), c);
  L.remove(c);
  L.remove(b);
  assert.strictEqual(L.isEmpty(list), true);
  // Removing an item in no list is harmless.
  L.remove(b);
}
