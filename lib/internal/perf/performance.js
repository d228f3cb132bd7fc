'use strict';
// The performance global and perf_hooks' timeline: PerformanceEntry and its kinds (mark,
// measure, function, resource), the buffers behind getEntries*, PerformanceObserver, and
// nodeTiming/eventLoopUtilization from the milestones and loop idle time of
// src/performance.c.

const binding = internalBinding('performance');
const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
  ERR_PERFORMANCE_INVALID_TIMESTAMP,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
} = require('internal/errors').codes;
const {
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

const now = binding.now;
const timeOrigin = binding.timeOrigin;
const kConstruct = Symbol('kConstruct');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

let DOMException;
function domException(message, name) {
  if (DOMException === undefined) {
    ({ DOMException } = require('internal/per_context/domexception'));
  }
  return new DOMException(message, name);
}

function inspectAs(name, value, depth, options, inspect) {
  if (depth < 0) return name;
  const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${(inspect || require('internal/util/inspect').inspect)(value, nested)}`;
}

let structuredClone;
function cloneDetail(detail) {
  if (detail == null) return null;
  if (structuredClone === undefined) {
    ({ structuredClone } = require('internal/structured_clone'));
  }
  return structuredClone(detail);
}

// -- entries --

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(key, name, type, start, duration, detail) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  static #check(entry) {
    if (!(#name in entry)) throw new ERR_INVALID_THIS('PerformanceEntry');
  }

  get name() { PerformanceEntry.#check(this); return this.#name; }
  get entryType() { PerformanceEntry.#check(this); return this.#type; }
  get startTime() { PerformanceEntry.#check(this); return this.#start; }
  get duration() { PerformanceEntry.#check(this); return this.#duration; }

  static detailOf(entry) {
    return entry.#detail;
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs(this.constructor.name, this.toJSON(), depth, options, inspect);
  }

  toJSON() {
    const json = {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
    };
    if (this instanceof PerformanceNodeEntry || this instanceof PerformanceMark ||
        this instanceof PerformanceMeasure) {
      json.detail = PerformanceEntry.detailOf(this);
    }
    return json;
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry', configurable: true,
});

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    let startTime = options?.startTime;
    if (startTime === undefined) {
      startTime = now();
    } else {
      validateNumber(startTime, 'startTime');
      if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    }
    super(kConstruct, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }

  get detail() { return PerformanceEntry.detailOf(this); }

  toJSON() { return super.toJSON(); }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, {
  value: 'PerformanceMark', configurable: true,
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, name, 'measure', start, duration, detail);
  }

  get detail() { return PerformanceEntry.detailOf(this); }

  toJSON() { return super.toJSON(); }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: 'PerformanceMeasure', configurable: true,
});

// The entries Node makes itself (timerify's 'function' entries).
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { return PerformanceEntry.detailOf(this); }

  toJSON() { return super.toJSON(); }
}

// markResourceTiming()'s entries: the fetch timing info of the Fetch standard.
class PerformanceResourceTiming extends PerformanceEntry {
  #timing;
  #initiatorType;
  #cacheMode;

  constructor(key, requestedUrl, initiatorType, timingInfo, cacheMode = '') {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const start = timingInfo.startTime;
    super(kConstruct, requestedUrl, 'resource', start, timingInfo.endTime - start, undefined);
    this.#timing = timingInfo;
    this.#initiatorType = initiatorType;
    this.#cacheMode = cacheMode;
  }

  static #info(entry) {
    if (!(#timing in entry)) throw new ERR_INVALID_THIS('PerformanceResourceTiming');
    return entry.#timing;
  }

  get name() { PerformanceResourceTiming.#info(this); return super.name; }
  get startTime() { return PerformanceResourceTiming.#info(this).startTime; }
  get duration() {
    const info = PerformanceResourceTiming.#info(this);
    return info.endTime - info.startTime;
  }

  get initiatorType() { PerformanceResourceTiming.#info(this); return this.#initiatorType; }
  get workerStart() { return PerformanceResourceTiming.#info(this).finalServiceWorkerStartTime; }
  get redirectStart() { return PerformanceResourceTiming.#info(this).redirectStartTime; }
  get redirectEnd() { return PerformanceResourceTiming.#info(this).redirectEndTime; }
  get fetchStart() { return PerformanceResourceTiming.#info(this).postRedirectStartTime; }
  get domainLookupStart() {
    return PerformanceResourceTiming.#info(this).finalConnectionTimingInfo?.domainLookupStartTime;
  }
  get domainLookupEnd() {
    return PerformanceResourceTiming.#info(this).finalConnectionTimingInfo?.domainLookupEndTime;
  }
  get connectStart() {
    return PerformanceResourceTiming.#info(this).finalConnectionTimingInfo?.connectionStartTime;
  }
  get connectEnd() {
    return PerformanceResourceTiming.#info(this).finalConnectionTimingInfo?.connectionEndTime;
  }
  get secureConnectionStart() {
    return PerformanceResourceTiming.#info(this)
      .finalConnectionTimingInfo?.secureConnectionStartTime;
  }
  get nextHopProtocol() {
    return PerformanceResourceTiming.#info(this).finalConnectionTimingInfo?.ALPNNegotiatedProtocol;
  }
  get requestStart() { return PerformanceResourceTiming.#info(this).finalNetworkRequestStartTime; }
  get responseStart() {
    return PerformanceResourceTiming.#info(this).finalNetworkResponseStartTime;
  }
  get responseEnd() { return PerformanceResourceTiming.#info(this).endTime; }
  get encodedBodySize() { return PerformanceResourceTiming.#info(this).encodedBodySize; }
  get decodedBodySize() { return PerformanceResourceTiming.#info(this).decodedBodySize; }
  get transferSize() {
    if (this.#cacheMode === 'local') return 0;
    if (this.#cacheMode === 'validated') return 300;
    return this.encodedBodySize + 300;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

// -- buffers and observers --

const markEntries = [];
const measureEntries = [];
const resourceEntries = [];
let resourceBufferSize = 250;
const markTimes = new Map();

const supportedEntryTypes = Object.freeze(['function', 'mark', 'measure', 'resource']);
const observers = new Set();
const pending = new Set();
let dispatchQueued = false;

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pending);
    pending.clear();
    for (const observer of list) observer[kDispatch]();
  });
}

// Hands a new entry to the observers of its type.
function enqueue(entry) {
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = markEntries.slice();
  else if (type === 'measure') list = measureEntries.slice();
  else if (type === 'resource') list = resourceEntries.slice();
  else if (type === undefined) list = [...markEntries, ...measureEntries, ...resourceEntries];
  else list = [];
  if (name !== undefined) list = list.filter((entry) => entry.name === name);
  return list.sort(byStartTime);
}

const kBuffer = Symbol('kBuffer');
const kEntryTypes = Symbol('kEntryTypes');
const kType = Symbol('kType');
const kCallback = Symbol('kCallback');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const kSingle = 1;
const kMultiple = 2;

class PerformanceObserverEntryList {
  #entries;

  constructor(key, entries) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.sort(byStartTime);
  }

  static #check(list) {
    if (!(#entries in list)) throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
  }

  getEntries() {
    PerformanceObserverEntryList.#check(this);
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    PerformanceObserverEntryList.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type) {
    PerformanceObserverEntryList.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return this.#entries.filter((entry) =>
      entry.name === name && (type === undefined || entry.entryType === type));
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs('PerformanceObserverEntryList', this.#entries, depth, options, inspect);
  }
}
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList', configurable: true,
});

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this[kBuffer] = [];
    this[kEntryTypes] = new Set();
    this[kType] = undefined;
    this[kCallback] = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (this[kType] === undefined) {
      this[kType] = entryTypes !== undefined ? kMultiple : kSingle;
    } else if (this[kType] === kSingle && entryTypes !== undefined) {
      throw domException('PerformanceObserver can not change to multiple observations',
                         'InvalidModificationError');
    } else if (this[kType] === kMultiple && type !== undefined) {
      throw domException('PerformanceObserver can not change to single observation',
                         'InvalidModificationError');
    }
    if (this[kType] === kMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this[kEntryTypes].clear();
      for (const entryType of entryTypes) {
        if (supportedEntryTypes.includes(entryType)) this[kEntryTypes].add(entryType);
      }
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this[kEntryTypes].add(type);
      if (buffered) {
        this[kBuffer].push(...bufferedEntries(undefined, type));
        pending.add(this);
        queueDispatch();
      }
    }
    if (this[kEntryTypes].size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this[kBuffer] = [];
    this[kEntryTypes].clear();
    this[kType] = undefined;
  }

  takeRecords() {
    const list = this[kBuffer];
    this[kBuffer] = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this[kEntryTypes].has(entry.entryType)) return;
    this[kBuffer].push(entry);
    pending.add(this);
    queueDispatch();
  }

  [kDispatch]() {
    const list = new PerformanceObserverEntryList(kConstruct, this.takeRecords());
    this[kCallback](list, this);
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this[kEntryTypes]),
      buffer: this[kBuffer],
    }, depth, options, inspect);
  }
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserver', configurable: true,
});

// -- nodeTiming --

// Keep in sync with src/internal.h (MILESTONE_*).
const kNodeStart = 0;
const kV8Start = 1;
const kEnvironment = 2;
const kBootstrapComplete = 3;
const kLoopStart = 4;
const kLoopExit = 5;

const milestoneNames = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete',
                        'loopStart', 'loopExit'];

class PerformanceNodeTiming {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const milestone = (index) => ({
      enumerable: true, configurable: true, get() { return binding.milestones()[index]; },
    });
    Object.defineProperties(this, {
      name: { enumerable: true, configurable: true, value: 'node' },
      entryType: { enumerable: true, configurable: true, value: 'node' },
      startTime: { enumerable: true, configurable: true, value: 0 },
      duration: { enumerable: true, configurable: true, get: now },
      nodeStart: milestone(kNodeStart),
      v8Start: milestone(kV8Start),
      environment: milestone(kEnvironment),
      loopStart: milestone(kLoopStart),
      loopExit: milestone(kLoopExit),
      bootstrapComplete: milestone(kBootstrapComplete),
      idleTime: {
        enumerable: true, configurable: true, get() { return binding.loopIdleTime(); },
      },
    });
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options, inspect);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

const nodeTiming = new PerformanceNodeTiming(kConstruct);

function eventLoopUtilization(util1, util2) {
  const loopStart = nodeTiming.loopStart;
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.loopIdleTime();
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// -- user timing --

// A mark's time: a number as it is, a start-up milestone, or a mark set before.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  const index = milestoneNames.indexOf(name);
  if (index !== -1) return binding.milestones()[index];
  const time = markTimes.get(name);
  if (time === undefined) {
    throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  markEntries.push(entry);
  markTimes.set(entry.name, entry.startTime);
  return entry;
}

function measure(name, startOrMeasureOptions, endMark) {
  name = `${name}`;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) {
    endTime = markTime(endMark);
  } else if (optionsValid && end !== undefined) {
    endTime = markTime(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    endTime = markTime(start) + markTime(duration);
  } else {
    endTime = now();
  }
  let startTime;
  if (typeof startOrMeasureOptions === 'string') {
    startTime = markTime(startOrMeasureOptions);
  } else if (optionsValid && start !== undefined) {
    startTime = markTime(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    startTime = endTime - markTime(duration);
  } else {
    startTime = 0;
  }
  const detail = startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object' ?
    cloneDetail(startOrMeasureOptions.detail) : null;
  const entry = new PerformanceMeasure(kConstruct, name, startTime, endTime - startTime, detail);
  enqueue(entry);
  measureEntries.push(entry);
  return entry;
}

function clearEntries(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  let kept = 0;
  for (const entry of list) if (entry.name !== name) list[kept++] = entry;
  list.length = kept;
}

// -- timerify --

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  const { RecordableHistogram } = require('internal/histogram');
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function complete(start, args) {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6) || 1);
    enqueue(new PerformanceNodeEntry(kConstruct, fn.name, 'function', start, duration, args));
  }

  function timerifiedFunction(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!new.target && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerifiedFunction, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerifiedFunction;
}

// -- Performance --

function checkPerformance(receiver) {
  if (!(receiver instanceof Performance)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'Performance', receiver);
  }
}

class Performance extends require('internal/event_target').EventTarget {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name) {
    checkPerformance(this);
    if (name === undefined) markTimes.clear();
    else markTimes.delete(`${name}`);
    clearEntries(markEntries, name);
  }

  clearMeasures(name) {
    checkPerformance(this);
    clearEntries(measureEntries, name);
  }

  clearResourceTimings(name) {
    checkPerformance(this);
    clearEntries(resourceEntries, name);
  }

  getEntries() {
    checkPerformance(this);
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return bufferedEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, `${type}`);
  }

  mark(name, options) {
    checkPerformance(this);
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions, endMark) {
    checkPerformance(this);
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    validateInteger(maxSize, 'maxSize', 0);
    resourceBufferSize = maxSize;
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs('Performance', {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, depth, options, inspect);
  }
}

// Node's own additions, as plain writable properties of the prototype.
Object.defineProperties(Performance.prototype, {
  [Symbol.toStringTag]: { value: 'Performance', configurable: true },
  eventLoopUtilization: {
    configurable: true, writable: true, enumerable: true, value: eventLoopUtilization,
  },
  nodeTiming: { configurable: true, writable: true, enumerable: true, value: nodeTiming },
  markResourceTiming: {
    configurable: true,
    writable: true,
    enumerable: true,
    value: function markResourceTiming(timingInfo, requestedUrl, initiatorType, global,
                                       cacheMode) {
      const entry = new PerformanceResourceTiming(kConstruct, requestedUrl, initiatorType,
                                                  timingInfo, cacheMode);
      enqueue(entry);
      if (resourceEntries.length < resourceBufferSize) resourceEntries.push(entry);
      return entry;
    },
  },
  timerify: { configurable: true, writable: true, enumerable: true, value: timerify },
  onresourcetimingbufferfull: {
    configurable: true, writable: true, enumerable: true, value: null,
  },
});

const performance = new Performance(kConstruct);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  performance,
  eventLoopUtilization,
  timerify,
};
