'use strict';
// The histograms of perf_hooks: createHistogram() (RecordableHistogram) and
// monitorEventLoopDelay() (IntervalHistogram), over the C histogram of
// src/performance.c (HdrHistogram's layout, so every figure is Node's).

const { Histogram: NativeHistogram } = internalBinding('performance');
const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const {
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kHandle = Symbol('kHandle');
const kConstruct = Symbol('kConstruct');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

function handleOf(histogram) {
  const handle = histogram?.[kHandle];
  if (handle === undefined) throw new ERR_INVALID_THIS('Histogram');
  return handle;
}

// Node's maps show as `SafeMap(n) [Map]` (its internal Map subclass): so do ours.
class SafeMap extends Map {}

// Values are numbers even for percentilesBigInt, as in Node 20.
function percentilesMap(handle) {
  const flat = handle.percentiles(false);
  const map = new SafeMap();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
  return map;
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (!(percentile > 0 && percentile <= 100)) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

class Histogram {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return handleOf(this).count(false); }
  get countBigInt() { return handleOf(this).count(true); }
  get min() { return handleOf(this).min(false); }
  get minBigInt() { return handleOf(this).min(true); }
  get max() { return handleOf(this).max(false); }
  get maxBigInt() { return handleOf(this).max(true); }
  get mean() { return handleOf(this).mean(); }
  get exceeds() { return handleOf(this).exceeds(false); }
  get exceedsBigInt() { return handleOf(this).exceeds(true); }
  get stddev() { return handleOf(this).stddev(); }

  percentile(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return handle.percentile(percentile, false);
  }

  percentileBigInt(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return handle.percentile(percentile, true);
  }

  get percentiles() { return percentilesMap(handleOf(this)); }
  get percentilesBigInt() { return percentilesMap(handleOf(this)); }

  reset() {
    handleOf(this).reset();
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const { inspect: defaultInspect } = require('internal/util/inspect');
    return `Histogram ${(inspect || defaultInspect)({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

function checkRecordable(histogram) {
  if (!(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_THIS('RecordableHistogram');
  }
}

class RecordableHistogram extends Histogram {
  constructor(key) {
    super(key);
  }

  record(val) {
    checkRecordable(this);
    if (typeof val === 'bigint') {
      // Node checks BigInts in C++, with a message of its own.
      if (val < 1n || val >= 2n ** 64n) {
        const err = new RangeError('value is out of range');
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
    } else {
      validateInteger(val, 'val', 1);
    }
    this[kHandle].record(val);
  }

  recordDelta() {
    checkRecordable(this);
    this[kHandle].recordDelta();
  }

  // Adds every value of another recordable histogram, as many times as it was recorded.
  add(other) {
    checkRecordable(this);
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this[kHandle].add(other[kHandle]);
  }
}

// Histograms filled by a timer (Node's class chain: ELDHistogram, IntervalHistogram).
class IntervalHistogram extends Histogram {
  #resolution;

  constructor(key, resolution) {
    super(key);
    this.#resolution = resolution;
  }

  static resolutionOf(histogram) {
    if (!(#resolution in histogram)) throw new ERR_INVALID_THIS('ELDHistogram');
    return histogram.#resolution;
  }
}

class ELDHistogram extends IntervalHistogram {
  enable() {
    return this[kHandle].start(IntervalHistogram.resolutionOf(this));
  }

  disable() {
    IntervalHistogram.resolutionOf(this);
    return this[kHandle].stop();
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  let low = lowest;
  if (typeof low !== 'bigint') validateInteger(low, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  else low = Number(low);
  let high = highest;
  if (typeof high !== 'bigint') {
    validateInteger(high, 'options.highest', 2 * low, Number.MAX_SAFE_INTEGER);
  } else {
    high = Number(high);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  const histogram = new RecordableHistogram(kConstruct);
  histogram[kHandle] = new NativeHistogram(low, high, figures);
  return histogram;
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const histogram = new ELDHistogram(kConstruct, resolution);
  histogram[kHandle] = new NativeHistogram(1, Number.MAX_SAFE_INTEGER, 3);
  return histogram;
}

module.exports = {
  Histogram,
  RecordableHistogram,
  IntervalHistogram,
  createHistogram,
  monitorEventLoopDelay,
};
