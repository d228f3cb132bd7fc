'use strict';
// benchmark/common.js -- createBenchmark(main, configs, options): runs main(config) for every
// combination of configs and prints one line per combination:
//   <case> <key>=<value> ...: <rate> ops/sec
// Usage of a case: node benchmark/<dir>/<case>.js [--test] [--in-process] [key=value ...]
//   key=value   keep only this value of key (repeat the key to keep several values)
//   --test      every combination once, with tiny sizes (options.test, else n=1)
//   --in-process  run the combinations one after the other in this process instead of one
//                 child process per combination (for a runtime without child_process)

const path = require('path');

const benchmarkDir = __dirname;

// A monotonic clock: nanoseconds as a BigInt where process.hrtime.bigint exists.
const hasBigintClock = typeof process.hrtime?.bigint === 'function';

function clock() {
  return hasBigintClock ? process.hrtime.bigint() : performance.now();
}

function secondsSince(start) {
  return hasBigintClock ? Number(process.hrtime.bigint() - start) / 1e9 :
    (performance.now() - start) / 1e3;
}

function caseName() {
  const file = require.main && require.main.filename ? require.main.filename : process.argv[1];
  return path.relative(benchmarkDir, file).split(path.sep).join('/');
}

function parseArgs(argv, configs) {
  const parsed = { test: false, inProcess: false, overrides: {} };
  for (const arg of argv) {
    if (arg === '--test') {
      parsed.test = true;
      continue;
    }
    if (arg === '--in-process') {
      parsed.inProcess = true;
      continue;
    }
    const match = /^([^=]+)=(.*)$/s.exec(arg);
    if (!match) throw new Error(`benchmark: unexpected argument '${arg}' (want key=value)`);
    const [, key, text] = match;
    if (!Object.prototype.hasOwnProperty.call(configs, key)) {
      const known = Object.keys(configs).join(', ');
      throw new Error(`benchmark: no config '${key}' (configs: ${known})`);
    }
    const numeric = configs[key].some((value) => typeof value === 'number');
    const isNumber = numeric && text.trim() !== '' && !Number.isNaN(Number(text));
    const value = isNumber ? Number(text) : text;
    (parsed.overrides[key] ||= []).push(value);
  }
  return parsed;
}

function combinations(values, filter) {
  const keys = Object.keys(values);
  let result = [{}];
  for (const key of keys) {
    const next = [];
    for (const partial of result) {
      for (const value of values[key]) next.push({ ...partial, [key]: value });
    }
    result = next;
  }
  return filter ? result.filter(filter) : result;
}

function formatConfig(config) {
  return Object.keys(config).map((key) => ` ${key}=${JSON.stringify(config[key])}`).join('');
}

function formatValue(value) {
  if (!Number.isFinite(value)) return String(value);
  return value >= 100 ? value.toFixed(2) : value.toPrecision(6);
}

class Benchmark {
  constructor(main, configs, options = {}) {
    this.name = caseName();
    this.main = main;
    const args = parseArgs(process.argv.slice(2), configs);
    const values = {};
    for (const key of Object.keys(configs)) {
      if (args.overrides[key]) {
        values[key] = args.overrides[key];
      } else if (args.test && options.test && key in options.test) {
        values[key] = [options.test[key]];
      } else if (args.test && key === 'n') {
        values[key] = [1];
      } else {
        values[key] = configs[key];
      }
    }
    this.queue = combinations(values, options.combinationFilter);
    this.config = undefined;
    this.startTime = undefined;
    this.finished = false;
    const flags = options.flags || [];
    const missingFlags = flags.some((flag) => !process.execArgv.includes(flag));
    // One child process per combination keeps one case's JIT state out of the next.
    if (!args.inProcess && (this.queue.length > 1 || missingFlags) && this.spawnEach(flags)) return;
    process.nextTick(() => this.runNext());
  }

  spawnEach(flags) {
    let spawnSync;
    try {
      ({ spawnSync } = require('child_process'));
    } catch {
      return false;
    }
    const script = require.main ? require.main.filename : process.argv[1];
    for (const config of this.queue) {
      const args = Object.keys(config).map((key) => `${key}=${config[key]}`);
      const child = spawnSync(process.execPath, [...flags, ...process.execArgv, script, ...args],
                              { stdio: 'inherit' });
      if (child.error) throw child.error;
      if (child.status !== 0) {
        console.error(`benchmark: ${this.name}${formatConfig(config)} failed ` +
                      `(${child.signal || `exit code ${child.status}`})`);
        process.exitCode = 1;
        return true;
      }
    }
    return true;
  }

  runNext() {
    if (this.queue.length === 0) return;
    this.config = this.queue.shift();
    this.startTime = undefined;
    this.finished = false;
    this.main({ ...this.config });
  }

  start() {
    if (this.startTime !== undefined) throw new Error('bench.start() called twice');
    this.startTime = clock();
  }

  // Ends the timed section: `operations` operations were done since bench.start().
  end(operations) {
    if (this.startTime === undefined) throw new Error('bench.end() called before bench.start()');
    const elapsed = secondsSince(this.startTime);
    if (typeof operations !== 'number' || !(operations > 0)) {
      throw new TypeError(`bench.end() wants a positive number of operations, got ${operations}`);
    }
    if (!(elapsed > 0)) throw new Error('bench.end(): no time elapsed (clock too coarse)');
    this.report(operations / elapsed, 'ops/sec');
  }

  // Prints a measurement other than a rate (peak RSS in KiB...). Ends this combination.
  report(value, unit) {
    if (this.finished) throw new Error('this benchmark combination has already reported');
    this.finished = true;
    console.log(`${this.name}${formatConfig(this.config)}: ${formatValue(value)} ${unit}`);
    if (this.queue.length > 0) setImmediate(() => this.runNext());
  }
}

function createBenchmark(main, configs, options) {
  return new Benchmark(main, configs, options);
}

module.exports = {
  createBenchmark,
};
