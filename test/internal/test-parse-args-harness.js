// Flags: --expose-internals
'use strict';
// Checks our util.parseArgs (lib/internal/util/parse_args/) against Node 20's: random
// argument lists over several option sets and modes (strict, allowPositionals, tokens,
// allowNegative) must give the same values, positionals and tokens, or the same error; so
// must invalid configurations. Run: node --expose-internals test/internal/test-parse-args-harness.js
require('../common');
const assert = require('assert');
const h = require('./harness');

const ours = h.load('internal/util/parse_args/parse_args').parseArgs;
const theirs = require('util').parseArgs;

function outcome(parse, config) {
  try {
    const result = parse(config);
    return JSON.stringify({
      keys: Object.keys(result),
      proto: Object.getPrototypeOf(result.values),
      values: Object.entries(result.values),
      positionals: result.positionals,
      tokens: result.tokens && result.tokens.map((token) => Object.entries(token)),
    });
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
}

function same(config) {
  assert.strictEqual(outcome(ours, structuredClone(config)),
                     outcome(theirs, structuredClone(config)), JSON.stringify(config));
}

let seed = 4242;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const argPool = ['-a', '-b', '-f', '-x', '-abf', '-fa', '-ab', '-bx', '--alpha', '--beta',
                 '--file', '--file=', '--file=v', '--alpha=1', '--no-alpha', '--no-beta',
                 '--no-file', '--no-x', '--', '-', 'pos', 'p2', '-fVAL', '--unknown',
                 '--unknown=3', '-afx', '--x', '-ffoo', '--=x', '---a', '-=', '-a=1', '--no-',
                 '--__proto__', '--no-__proto__', '-bbb', '--multi', '--multi=m', '-m', '-mm',
                 '-am'];
const optionSets = [
  {},
  { alpha: { type: 'boolean', short: 'a' }, beta: { type: 'boolean', short: 'b' },
    file: { type: 'string', short: 'f' } },
  { alpha: { type: 'boolean', short: 'a', multiple: true },
    file: { type: 'string', short: 'f', multiple: true, default: ['d'] },
    multi: { type: 'string', short: 'm' } },
  { 'no-alpha': { type: 'boolean' }, alpha: { type: 'string' }, x: { type: 'boolean', default: true } },
  { file: { type: 'string', default: 'def' }, beta: { type: 'boolean', short: 'b', default: false } },
];

for (let i = 0; i < 20000; i++) {
  const args = [];
  for (let j = random(6); j > 0; j--) args.push(argPool[random(argPool.length)]);
  const config = { args, options: optionSets[random(optionSets.length)] };
  for (const key of ['strict', 'allowPositionals', 'tokens', 'allowNegative']) {
    if (random(2)) config[key] = random(2) === 1;
  }
  same(config);
}

for (const config of [
  5, 'x', [], {}, { args: 'x', strict: 1 }, { strict: 1, tokens: 2 },
  { args: [], options: { a: { type: 'x' } } }, { args: [], options: { a: 5 } },
  { args: [], options: { a: { type: 'string', short: 'ab' } } },
  { args: [], options: { a: { type: 'string', short: '' } } },
  { args: [], options: { a: { type: 'string', multiple: 1 } } },
  { args: [], options: { a: { type: 'string', default: 1 } } },
  { args: [], options: { a: { type: 'string', default: [1], multiple: true } } },
  { args: [], options: { a: { type: 'boolean', default: [1], multiple: true } } },
  { args: [], options: { a: { type: 'boolean', default: 1 } } },
  { args: [], options: { a: { type: 'boolean', default: null } } },
  { args: [], options: [] }, { args: [], options: null }, { args: null },
  { args: [], allowPositionals: 'x', strict: 'y' },
  { args: [], options: { a: { type: 'string', short: 'a', multiple: 'x', default: 5 } } },
  { args: ['-a'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'a' } } },
  { args: [5] }, { args: [5], strict: false }, { args: ['--x', 5], options: { x: { type: 'string' } } },
  { args: ['a', 'b'], strict: false, options: { a: { type: 'string', multiple: true, default: [] } } },
  { args: ['--f', '--'], options: { f: { type: 'string' } } },
  { args: ['-f', '--', 'x'], options: { f: { type: 'string' } } },
]) {
  same(config);
}

// Prototype properties of the config and of option configs are not read.
assert.strictEqual(outcome(ours, Object.create({ args: ['x'] })),
                   outcome(theirs, Object.create({ args: ['x'] })));
assert.strictEqual(
  outcome(ours, { args: ['--a'], options: { a: Object.create({ type: 'boolean' }) } }),
  outcome(theirs, { args: ['--a'], options: { a: Object.create({ type: 'boolean' }) } }));
