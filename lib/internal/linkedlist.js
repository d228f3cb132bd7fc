'use strict';
// Intrusive circular doubly-linked list over the `_idleNext` / `_idlePrev` fields, as timer
// lists and `timers.enroll()`ed objects use them. The list head is itself a node; items are
// added next to the head and taken from the far side, so `peek()` gives the oldest item.

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

// The oldest item, or null when the list is empty.
function peek(list) {
  const last = list._idlePrev;
  return last === list ? null : last;
}

function remove(item) {
  const next = item._idleNext;
  const prev = item._idlePrev;
  if (next) next._idlePrev = prev;
  if (prev) prev._idleNext = next;
  item._idleNext = null;
  item._idlePrev = null;
}

function append(list, item) {
  if (item._idleNext || item._idlePrev) remove(item);
  const first = list._idleNext;
  item._idleNext = first;
  item._idlePrev = list;
  first._idlePrev = item;
  list._idleNext = item;
}

function isEmpty(list) {
  return list._idleNext === list;
}

module.exports = { init, peek, remove, append, isEmpty };
