'use strict';
// assert.CallTracker: wraps functions to count their calls, and verifies the counts.
// Deprecated (DEP0173) in Node 20; lib/assert.js wraps it to emit the warning.

const AssertionError = require('internal/assert/assertion_error');

// Node tracks Function.prototype itself when no function is given: its name is ''.
const placeholder = Function.prototype;

// The calls of one tracked function.
class TrackedCalls {
  #calls = [];
  #expected;
  #name;
  #stackTrace;

  constructor(expected, name, stackTrace) {
    this.#expected = expected;
    this.#name = name;
    this.#stackTrace = stackTrace;
  }

  record(thisArg, args) {
    const argsCopy = Object.freeze(Array.prototype.slice.call(args));
    this.#calls.push(Object.freeze({ thisArg, arguments: argsCopy }));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    const actual = this.#calls.length;
    if (actual === this.#expected) return;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} ` +
               `time(s) but was executed ${actual} time(s).`,
      actual,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #all = new Set();
  #byFunction = new WeakMap();

  #lookup(tracked) {
    const calls = this.#byFunction.get(tracked);
    if (calls === undefined) {
      const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return calls;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const calls of this.#all) calls.reset();
      return;
    }
    this.#lookup(tracked).reset();
  }

  getCalls(tracked) {
    return this.#lookup(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = placeholder;
    } else if (fn === undefined) {
      fn = placeholder;
    }
    const { validateUint32 } = require('internal/validators');
    validateUint32(expected, 'expected', true);

    // eslint-disable-next-line no-restricted-syntax
    const calls = new TrackedCalls(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        calls.record(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#all.add(calls);
    this.#byFunction.set(tracked, calls);
    return tracked;
  }

  report() {
    const reports = [];
    for (const calls of this.#all) {
      const report = calls.report();
      if (report !== undefined) reports.push(report);
    }
    return reports;
  }

  verify() {
    const reports = this.report();
    if (reports.length === 0) return;
    const message = reports.length === 1 ?
      reports[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: reports });
  }
}

module.exports = CallTracker;
