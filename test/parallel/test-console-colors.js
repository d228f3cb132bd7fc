'use strict';
// Colour: colorMode 'auto' (the default) colours values for a TTY with more than two colours,
// true always, false never; FORCE_COLOR decides for every stream; inspectOptions apply to
// every method.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function output(options, extra = {}) {
  const out = [];
  const makeStream = () => Object.assign(new EventEmitter(), {
    write(chunk) { out.push(chunk); return true; },
  }, extra);
  const c = new Console({ stdout: makeStream(), stderr: makeStream(), ...options });
  c.log('%s', 'str', 5, { a: true });
  c.error([null]);
  c.dir({ n: 1 });
  return out;
}

const plain = ['str 5 { a: true }\n', '[ null ]\n', '{ n: 1 }\n'];
const colored = ['str \x1b[33m5\x1b[39m { a: \x1b[33mtrue\x1b[39m }\n',
                 '[ \x1b[1mnull\x1b[22m ]\n', '{ n: \x1b[33m1\x1b[39m }\n'];
const tty = (depth) => ({ isTTY: true, getColorDepth: () => depth });

const forceColor = process.env.FORCE_COLOR;
delete process.env.FORCE_COLOR;
assert.deepStrictEqual(output({}), plain);
assert.deepStrictEqual(output({ colorMode: 'auto' }, tty(8)), colored);
assert.deepStrictEqual(output({}, tty(4)), colored);
assert.deepStrictEqual(output({}, tty(1)), plain);
assert.deepStrictEqual(output({}, { isTTY: true }), colored);
assert.deepStrictEqual(output({ colorMode: true }), colored);
assert.deepStrictEqual(output({ colorMode: false }, tty(24)), plain);
assert.deepStrictEqual(output({ inspectOptions: { colors: true } }), colored);
assert.deepStrictEqual(output({ inspectOptions: { colors: false } }, tty(24)), plain);

process.env.FORCE_COLOR = '1';
assert.deepStrictEqual(output({}), colored);
process.env.FORCE_COLOR = '0';
assert.deepStrictEqual(output({}, tty(24)), plain);
if (forceColor === undefined) delete process.env.FORCE_COLOR;
else process.env.FORCE_COLOR = forceColor;

// inspectOptions: used by log, dir and table.
assert.deepStrictEqual(output({ inspectOptions: { depth: 0, breakLength: Infinity } }),
                       ['str 5 { a: true }\n', '[ null ]\n', '{ n: 1 }\n']);
{
  const out = [];
  const stdout = Object.assign(new EventEmitter(), {
    write(chunk) { out.push(chunk); return true; },
  });
  const inspectOptions = { depth: 0 };
  const c = new Console({ stdout, inspectOptions });
  c.log({ a: { b: 1 } });
  c.dir({ a: { b: 1 } });
  assert.deepStrictEqual(out, ['{ a: [Object] }\n', '{ a: [Object] }\n']);
  // The colour chosen on first use is written into the options object (here 'auto' on a
  // stream that says nothing about being a TTY: undefined).
  assert.deepStrictEqual(inspectOptions, { depth: 0, colors: undefined });
}
