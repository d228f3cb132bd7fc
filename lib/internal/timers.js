'use strict';
// Timeout and Immediate objects, the timer lists, and the two callbacks the event loop calls:
// processTimers(now) when the single libuv timer fires and processImmediate() from the check
// phase. Driven by src/timers.c (internalBinding('timers')).
//
// Timers with the same duration share one list (`timerListMap[msecs]`). Items are appended as
// they are armed, so each list is ordered by start time and only its oldest item can be due.
// The lists sit in a priority queue ordered by the expiry of their oldest item, and the one
// libuv timer is armed for the earliest of those: arming a timer is O(1) when a list of its
// duration exists, and 100,000 timers of a few durations cost a few heap entries.

const {
  scheduleTimer,
  toggleTimerRef,
  getLibuvNow,
  immediateInfo,
  toggleImmediateRef,
} = internalBinding('timers');
const L = require('internal/linkedlist');
const PriorityQueue = require('internal/priority_queue');

// Keep in sync with src/timers.c: the fields of the shared immediateInfo Uint32Array.
const kCount = 0;       // Immediates queued; > 0 keeps the loop from blocking in poll.
const kRefCount = 1;    // Referenced immediates; > 0 keeps the loop alive.
const kHasOutstanding = 2; // A run of processImmediate() was cut short by an exception.

const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kTimeout = Symbol('timeout'); // For objects that keep a Timeout on themselves.
const {
  frame_symbol,
  newAsyncId,
  executionAsyncId,
  captureFrame,
  enterScope,
  exitScope,
  enterFrame,
  restoreFrame,
} = require('internal/async_hooks');

// Node names the ids of timers so (other resources' are async_id_symbol and so on).
const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');

// A timer is an async resource: its ids (the id is what `+timeout` returns) and the async
// context frame it runs in.
function initAsyncResource(resource, type) {
  resource[async_id_symbol] = newAsyncId();
  resource[trigger_async_id_symbol] = executionAsyncId();
  const frame = captureFrame();
  if (frame !== undefined) resource[frame_symbol] = frame;
}

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
// Set by the bootstrap when V8 has no Symbol.dispose of its own (Node 20 does the same).
const symbolDispose = Symbol.dispose;

// Timer state shared by every list.
let timerListId = 0;   // Breaks ties between lists with the same expiry: older first.
let nextExpiry = Infinity; // When the libuv timer is due; Infinity when it is not armed.
let refCount = 0;      // Referenced, armed timers; > 0 keeps the loop alive.

const timerListMap = { __proto__: null };
const timerListQueue = new PriorityQueue(compareTimersLists, setPosition);

// Timeouts that have been turned into a primitive id, for clearTimeout(id).
const knownTimersById = { __proto__: null };

function compareTimersLists(a, b) {
  const diff = a.expiry - b.expiry;
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : 1;
}

function setPosition(list, slot) {
  list.priorityQueuePosition = slot;
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// A list head; its items are linked through _idleNext/_idlePrev.
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1; // to a number, throwing for symbols and bigints as Node does
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.',
                            'TimeoutOverflowWarning');
      }
      after = 1; // also for NaN and anything below 1, as browsers do
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initAsyncResource(this, 'Timeout');
  }

  // Restarts the countdown with the same duration, without a new object.
  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  // Shows the list heads as [TimersList] instead of walking every timer in the list.
  [inspectCustom](depth, options) {
    const { inspect } = require('util');
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
}

if (typeof symbolDispose === 'symbol') {
  Timeout.prototype[symbolDispose] = function() {
    clearTimeout(this);
  };
}

Timeout.prototype[Symbol.toPrimitive] = function() {
  const id = this[async_id_symbol];
  if (!this[kHasPrimitive]) {
    this[kHasPrimitive] = true;
    knownTimersById[id] = this;
  }
  return id;
};

// Arms `item` for `msecs` from `start` (loop time), in the list for its duration.
function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs); // sub-millisecond accuracy is not promised
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    list = timerListMap[msecs] = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (expiry < nextExpiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  L.append(list, item);
}

// (Re)arms an item that carries its own `_idleTimeout`; a cleared one (-1) stays cleared.
function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed || !item[async_id_symbol]) {
    item._destroyed = false;
    initAsyncResource(item, 'Timeout');
  }
  if (wasDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// Disarms a timer for good (a later refresh() or active() does nothing).
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[async_id_symbol]];
  L.remove(item);
  // Only referenced timers drop their empty list at once: unreferenced ones mostly belong
  // to sockets, which re-arm a timer of the same duration soon after.
  if (item[kRefed]) {
    const list = timerListMap[Math.trunc(item._idleTimeout)];
    if (list !== undefined && L.isEmpty(list)) {
      timerListQueue.removeAt(list.priorityQueuePosition);
      delete timerListMap[list.msecs];
    }
    decRefCount();
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById[timer];
    if (found !== undefined) {
      found._idleTimeout = -1;
      unenroll(found);
    }
  }
}

// A timer that does not keep the loop alive, for internal users (sockets, http).
function setUnrefTimeout(callback, after) {
  require('internal/validators').validateFunction(callback, 'callback');
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

// Checks a duration given to an API that takes one (socket.setTimeout, timers.enroll).
function getTimerDuration(msecs, name) {
  require('internal/validators').validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// Immediates: one FIFO list; the items are linked through _idleNext/_idlePrev too.
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

// Immediates queued for the next check phase.
const immediateQueue = new ImmediateList();
// What is left of a run that an exception cut short; it runs before anything newer.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initAsyncResource(this, 'Immediate');
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

if (typeof symbolDispose === 'symbol') {
  Immediate.prototype[symbolDispose] = function() {
    clearImmediate(this);
  };
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// The callbacks handed to setupTimers(); `runNextTicks` drains the nextTick and microtask
// queues, which Node does between any two timers or immediates.
function getTimerCallbacks(runNextTicks) {
  // Called from the check phase. An exception leaves the rest of the run in
  // outstandingQueue with kHasOutstanding set; C calls again while it is set.
  function processImmediate() {
    const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
    let immediate = queue.head;
    // Immediates added from here on wait for the next check phase.
    if (queue !== outstandingQueue) {
      queue.head = queue.tail = null;
      immediateInfo[kHasOutstanding] = 1;
    }

    let prev;
    let ranOne = false;
    while (immediate !== null) {
      if (ranOne) runNextTicks();
      else ranOne = true;

      // Cleared by a tick that just ran: its links are gone, but the one before it
      // still points at what follows.
      if (immediate._destroyed) {
        outstandingQueue.head = immediate = prev._idleNext;
        continue;
      }

      immediate._destroyed = true;
      immediateInfo[kCount]--;
      if (immediate[kRefed]) immediateInfo[kRefCount]--;
      immediate[kRefed] = null;
      prev = immediate;

      enterScope(immediate[async_id_symbol], immediate[trigger_async_id_symbol], immediate);
      const prevFrame = enterFrame(immediate[frame_symbol]);
      try {
        const argv = immediate._argv;
        if (!argv) immediate._onImmediate();
        else immediate._onImmediate(...argv);
      } finally {
        restoreFrame(prevFrame);
        exitScope();
        immediate._onImmediate = null;
        outstandingQueue.head = immediate = immediate._idleNext;
      }
    }

    if (queue === outstandingQueue) outstandingQueue.head = null;
    immediateInfo[kHasOutstanding] = 0;
  }

  // Called with the loop time when the libuv timer fires. Runs every due timer and returns
  // the next expiry: positive when a referenced timer is left, negative when only
  // unreferenced ones are, 0 when none. An exception propagates; C calls again with the
  // same `now`, and the timers that were due run then.
  function processTimers(now) {
    nextExpiry = Infinity;
    let list;
    let ranOne = false;
    while ((list = timerListQueue.peek()) !== undefined) {
      if (list.expiry > now) {
        nextExpiry = list.expiry;
        return refCount > 0 ? nextExpiry : -nextExpiry;
      }
      if (ranOne) runNextTicks();
      else ranOne = true;
      listOnTimeout(list, now);
    }
    return 0;
  }

  function listOnTimeout(list, now) {
    const msecs = list.msecs;
    let ranOne = false;
    let timer;
    while ((timer = L.peek(list)) !== null) {
      if (now - timer._idleStart < msecs) {
        // The rest of this list is not due yet: requeue the list for its oldest item. The
        // new id puts it behind lists that were already due at that time.
        list.expiry = Math.max(timer._idleStart + msecs, now + 1);
        list.id = timerListId++;
        timerListQueue.percolateDown(1);
        return;
      }

      if (ranOne) runNextTicks();
      else ranOne = true;

      L.remove(timer);

      if (!timer._onTimeout) {
        if (!timer._destroyed) destroyFiredTimer(timer);
        continue;
      }

      // A repeating timer counts its next period from before its callback ran.
      let start;
      if (timer._repeat) start = getLibuvNow();

      enterScope(timer[async_id_symbol], timer[trigger_async_id_symbol], timer);
      const prevFrame = enterFrame(timer[frame_symbol]);
      try {
        const args = timer._timerArgs;
        if (args === undefined) timer._onTimeout();
        else timer._onTimeout(...args);
      } finally {
        restoreFrame(prevFrame);
        exitScope();
        if (timer._repeat && timer._idleTimeout !== -1) {
          timer._idleTimeout = timer._repeat;
          insert(timer, timer._idleTimeout, start);
        } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
          destroyFiredTimer(timer);
        }
      }
    }

    // Every item has run. The list may have been dropped and made again by a callback, in
    // which case the new one stays.
    if (list === timerListMap[msecs]) {
      delete timerListMap[msecs];
      timerListQueue.shift();
    }
  }

  return { processImmediate, processTimers };
}

function destroyFiredTimer(timer) {
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
  // The count goes down without a toggle: processTimers() returns whether any referenced
  // timer is left, and C sets the handle's ref from that.
  if (timer[kRefed]) refCount--;
}

module.exports = {
  TIMEOUT_MAX,
  kTimeout,
  kRefed,
  kHasPrimitive,
  async_id_symbol,
  trigger_async_id_symbol,
  Timeout,
  Immediate,
  initAsyncResource,
  setUnrefTimeout,
  getTimerDuration,
  getTimerCallbacks,
  immediateQueue,
  immediateInfoFields: { kCount, kRefCount, kHasOutstanding },
  insert,
  active,
  unrefActive,
  unenroll,
  clearTimeout,
  clearImmediate,
  timerListMap,
  timerListQueue,
  incRefCount,
  decRefCount,
};
