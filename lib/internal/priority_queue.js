'use strict';
// A binary min-heap. Slots are numbered from 1 (slot 0 is unused) so that the children of
// slot i are 2i and 2i+1. `setPosition(item, slot)`, when given, is told every time an item
// moves, which lets the owner remove an item from the middle with removeAt(slot) in
// O(log n) (the timer lists keep their slot in `priorityQueuePosition`).

function defaultCompare(a, b) {
  return a - b;
}

class PriorityQueue {
  #heap = [undefined];
  #size = 0;
  #compare;
  #setPosition;

  constructor(compare = defaultCompare, setPosition) {
    this.#compare = compare;
    this.#setPosition = setPosition;
  }

  get size() {
    return this.#size;
  }

  insert(value) {
    const slot = ++this.#size;
    this.#heap[slot] = value;
    this.percolateUp(slot);
  }

  // The smallest item, or undefined when empty.
  peek() {
    return this.#heap[1];
  }

  // The item in the last slot: a leaf, not necessarily the largest.
  peekBottom() {
    return this.#heap[this.#size];
  }

  // Restores the heap order below `slot` after its item grew.
  percolateDown(slot) {
    const heap = this.#heap;
    const compare = this.#compare;
    const size = this.#size;
    const item = heap[slot];
    if (item === undefined) return;
    const half = size >>> 1;
    while (slot <= half) {
      let child = slot * 2;
      const right = child + 1;
      if (right <= size && compare(heap[right], heap[child]) < 0) child = right;
      if (compare(item, heap[child]) <= 0) break;
      this.#place(heap[child], slot);
      slot = child;
    }
    this.#place(item, slot);
  }

  // Restores the heap order above `slot` after its item shrank (or was just added).
  percolateUp(slot) {
    const heap = this.#heap;
    const compare = this.#compare;
    const item = heap[slot];
    while (slot > 1) {
      const parent = slot >>> 1;
      if (compare(heap[parent], item) <= 0) break;
      this.#place(heap[parent], slot);
      slot = parent;
    }
    this.#place(item, slot);
  }

  removeAt(slot) {
    const heap = this.#heap;
    const size = this.#size;
    if (slot < 1 || slot > size) return;
    const last = heap[size];
    heap[size] = undefined;
    this.#size = size - 1;
    if (slot === size) return;
    heap[slot] = last;
    if (slot > 1 && this.#compare(heap[slot >>> 1], last) > 0) {
      this.percolateUp(slot);
    } else {
      this.percolateDown(slot);
    }
  }

  // Removes `value` if it is queued; returns whether it was.
  remove(value) {
    const heap = this.#heap;
    for (let slot = 1; slot <= this.#size; slot++) {
      if (heap[slot] === value) {
        this.removeAt(slot);
        return true;
      }
    }
    return false;
  }

  // Takes the smallest item out; undefined when empty.
  shift() {
    if (this.#size === 0) return undefined;
    const first = this.#heap[1];
    this.removeAt(1);
    return first;
  }

  #place(item, slot) {
    this.#heap[slot] = item;
    if (this.#setPosition !== undefined) this.#setPosition(item, slot);
  }
}

module.exports = PriorityQueue;
