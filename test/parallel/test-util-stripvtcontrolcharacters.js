'use strict';
// util.stripVTControlCharacters(): removes ANSI escape sequences (SGR, cursor, OSC links).
require('../common');
const assert = require('assert');
const { stripVTControlCharacters: strip } = require('util');

assert.strictEqual(strip('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(strip('\u001b[1m\u001b[4mbold\u001b[24m\u001b[22m text'), 'bold text');
assert.strictEqual(strip('\u001b[2K\u001b[1Gline'), 'line');
assert.strictEqual(strip('\u001b]8;;http://example.com\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(strip('\u009b31mx'), 'x');
assert.strictEqual(strip('plain'), 'plain');
for (const value of [5, null, undefined, {}]) {
  assert.throws(() => strip(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
