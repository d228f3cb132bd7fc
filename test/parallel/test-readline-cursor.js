'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown: the sequences written, the return
// value, the callback (also when there is nothing to write), the argument errors; and
// readline/promises' Readline, which queues them until commit().
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

let out = '';
const stream = new Writable({
  write(chunk, encoding, cb) {
    out += chunk;
    cb();
  },
});
function written() {
  const s = out;
  out = '';
  return s;
}

assert.strictEqual(readline.cursorTo(stream, 2), true);
assert.strictEqual(written(), '\x1b[3G');
readline.cursorTo(stream, 2, 5, common.mustCall());
assert.strictEqual(written(), '\x1b[6;3H');
readline.cursorTo(stream, 1, common.mustCall());
assert.strictEqual(written(), '\x1b[2G');
assert.strictEqual(readline.cursorTo(stream), true);
assert.strictEqual(readline.cursorTo(null, 1, 1, common.mustCall()), true);
assert.strictEqual(written(), '');
assert.throws(() => readline.cursorTo(stream, 'a', 1), {
  name: 'TypeError', code: 'ERR_INVALID_CURSOR_POS',
  message: 'Cannot set cursor row without setting its column',
});
assert.throws(() => readline.cursorTo(stream, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.cursorTo(stream, 1, 1, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });

readline.moveCursor(stream, -3, 2);
assert.strictEqual(written(), '\x1b[3D\x1b[2B');
readline.moveCursor(stream, 4, -1);
assert.strictEqual(written(), '\x1b[4C\x1b[1A');
assert.strictEqual(readline.moveCursor(stream, 0, 0, common.mustCall()), true);
assert.strictEqual(written(), '');

readline.clearLine(stream, -1);
readline.clearLine(stream, 1);
readline.clearLine(stream, 0);
readline.clearScreenDown(stream, common.mustCall());
assert.strictEqual(written(), '\x1b[1K\x1b[0K\x1b[2K\x1b[0J');
assert.strictEqual(readline.clearLine(undefined, 0, common.mustCall()), true);
assert.throws(() => readline.clearScreenDown(stream, 1), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  const rl = new Readline(stream);
  assert.strictEqual(rl.cursorTo(0).moveCursor(1, 1).clearLine(0).clearScreenDown(), rl);
  assert.strictEqual(written(), '');
  await rl.commit();
  assert.strictEqual(written(), '\x1b[1G\x1b[1C\x1b[1B\x1b[2K\x1b[0J');
  rl.cursorTo(5, 5).rollback();
  await rl.commit();
  assert.strictEqual(written(), '');
  assert.throws(() => rl.clearLine(2), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => rl.cursorTo('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
  const auto = new Readline(stream, { autoCommit: true });
  auto.cursorTo(1, 2);
  assert.strictEqual(written(), '');
  await new Promise((resolve) => process.nextTick(resolve));
  assert.strictEqual(written(), '\x1b[3;2H');
})().then(common.mustCall());
