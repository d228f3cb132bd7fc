'use strict';
// util.inspect of common kinds of values, with the default options, showHidden, and colors.
const common = require('../common.js');
const util = require('util');

const bench = common.createBenchmark(main, {
  value: ['object', 'array', 'nested', 'map', 'set', 'error', 'string', 'number',
          'typed-array', 'class-instance'],
  option: ['default', 'showHidden', 'colors'],
  n: [20000],
});

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
    this.label = `(${x}, ${y})`;
  }
}

function makeValue(kind) {
  switch (kind) {
    case 'object':
      return { a: 1, b: 'two', c: true, d: null, e: undefined, f: 1.5, g: [1, 2], h: {} };
    case 'array':
      return Array.from({ length: 50 }, (_, i) => (i % 3 ? i : `s${i}`));
    case 'nested':
      return { level1: { level2: { level3: { level4: { leaf: [1, { deep: true }] } } } },
               list: [{ a: 1 }, { b: [2, 3] }], fn() {}, sym: Symbol('s') };
    case 'map':
      return new Map(Array.from({ length: 20 }, (_, i) => [`key${i}`, { value: i }]));
    case 'set':
      return new Set(Array.from({ length: 20 }, (_, i) => i * 7));
    case 'error': {
      const err = new TypeError('something went wrong');
      err.code = 'ERR_SOMETHING';
      return err;
    }
    case 'string':
      return 'a string with \'quotes\' and a\nnewline '.repeat(4);
    case 'number':
      return -1234567.891;
    case 'typed-array':
      return new Uint8Array(64).map((_, i) => i);
    case 'class-instance':
      return [new Point(1, 2), new Point(3, 4), new Point(5, 6)];
    default:
      throw new Error(`unknown value ${kind}`);
  }
}

const optionSets = {
  default: {},
  showHidden: { showHidden: true },
  colors: { colors: true },
};

// Primitives are quick to format: more of them, so that each combination runs long enough.
const repeat = { string: 10, number: 50 };

function main({ value, option, n }) {
  const subject = makeValue(value);
  const options = optionSets[option];
  const iterations = n * (repeat[value] || 1);
  let length = 0;
  bench.start();
  for (let i = 0; i < iterations; i++) length += util.inspect(subject, options).length;
  bench.end(iterations);
  if (length === 0) throw new Error('empty output');
}
