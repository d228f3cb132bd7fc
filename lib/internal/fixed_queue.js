'use strict';
// A FIFO queue made of fixed-size ring buffers chained together, for the nextTick queue:
// pushing and shifting never move items, and a queue that grows for a burst and drains
// again gives its extra buffers back to the garbage collector.
//
// Each ring keeps one slot empty so that `top === bottom` means empty and
// `(top + 1) % size === bottom` means full. New items go to the `head` ring; items are
// taken from the `tail` ring, which links to the next newer ring through `next`.

const kSize = 2048;
const kMask = kSize - 1;

class Ring {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.slots = new Array(kSize);
    this.next = null;
  }

  isEmpty() {
    return this.top === this.bottom;
  }

  isFull() {
    return ((this.top + 1) & kMask) === this.bottom;
  }

  push(item) {
    this.slots[this.top] = item;
    this.top = (this.top + 1) & kMask;
  }

  shift() {
    const item = this.slots[this.bottom];
    if (item === undefined) return null;
    this.slots[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kMask;
    return item;
  }
}

class FixedQueue {
  constructor() {
    this.head = this.tail = new Ring();
  }

  isEmpty() {
    return this.head.isEmpty();
  }

  push(item) {
    if (this.head.isFull()) {
      this.head = this.head.next = new Ring();
    }
    this.head.push(item);
  }

  // The oldest item, or null when the queue is empty.
  shift() {
    const ring = this.tail;
    const item = ring.shift();
    if (ring.isEmpty() && ring.next !== null) {
      this.tail = ring.next;
      ring.next = null;
    }
    return item;
  }
}

module.exports = FixedQueue;
