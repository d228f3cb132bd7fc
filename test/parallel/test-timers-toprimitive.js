'use strict';
// A Timeout converts to a numeric id that clearTimeout and clearInterval accept, as a number
// or as a string; the id stays valid until the timer is gone.
const common = require('../common');
const assert = require('assert');

const timeout = setTimeout(common.mustNotCall(), 10);
const id = +timeout;
assert.strictEqual(typeof id, 'number');
assert(Number.isInteger(id));
assert.strictEqual(`${timeout}`, String(id));
assert.strictEqual(timeout[Symbol.toPrimitive](), id);
clearTimeout(id);
assert.strictEqual(timeout._destroyed, true);
assert.strictEqual(timeout._idleTimeout, -1);

const byString = setTimeout(common.mustNotCall(), 10);
clearTimeout(String(+byString));
assert.strictEqual(byString._destroyed, true);

let ticks = 0;
const interval = setInterval(common.mustCall(() => {
  if (++ticks === 2) clearInterval(`${interval}`);
}, 2), 1);

// Ids are distinct, and an id that was never handed out clears nothing.
const a = setTimeout(common.mustCall(), 1);
const b = setTimeout(common.mustCall(), 1);
assert.notStrictEqual(+a, +b);
clearTimeout(123456789);
clearTimeout('not an id');

// Without a conversion the id does not clear the timer.
const c = setTimeout(common.mustCall(), 1);
clearTimeout(c[Symbol.for('nonexistent')]);

// A timer that fired and is refreshed counts as a new one: it gets a new id, and the old
// id no longer clears it.
let fired = 0;
const refreshed = setTimeout(common.mustCall(() => {
  fired++;
}, 2), 1);
const firstId = +refreshed;
setTimeout(common.mustCall(() => {
  assert.strictEqual(fired, 1);
  refreshed.refresh();
  assert.notStrictEqual(+refreshed, firstId);
  clearTimeout(firstId);
}), 20);
