'use strict';
// setInterval repeats until cleared, from inside or outside its callback; a 0 ms interval
// is a 1 ms one; an exception in its callback does not stop it.
const common = require('../common');
const assert = require('assert');

let count = 0;
const interval = setInterval(common.mustCall(() => {
  count++;
  if (count === 5) clearInterval(interval);
}, 5), 0);
assert.strictEqual(interval._repeat, 1);

let outside = 0;
const other = setInterval(common.mustCallAtLeast(() => outside++, 1), 2);
setTimeout(common.mustCall(() => clearInterval(other)), 30);

// clearTimeout clears intervals and clearInterval clears timeouts.
const viaTimeout = setInterval(common.mustNotCall(), 1);
clearTimeout(viaTimeout);
const viaInterval = setTimeout(common.mustNotCall(), 1);
clearInterval(viaInterval);

let throws = 0;
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'interval');
}, 2));
const throwing = setInterval(common.mustCall(() => {
  if (++throws === 3) clearInterval(throwing);
  else throw new Error('interval');
}, 3), 1);
