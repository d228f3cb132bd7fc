'use strict';
// fs.watchFile/unwatchFile: curr and prev Stats (zeros for a missing file), BigIntStats, one
// StatWatcher per file, 'stop', and argument validation.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('watched');

{
  // missing -> created -> removed
  const steps = [];
  const listener = common.mustCall((curr, prev) => {
    assert.ok(curr instanceof fs.Stats);
    assert.ok(prev instanceof fs.Stats);
    steps.push([curr.size, prev.size, curr.isFile(), prev.isFile()]);
    if (steps.length === 1) {
      assert.strictEqual(curr.mtimeMs, 0);
      assert.strictEqual(prev.mtimeMs, 0);
      // made whole at once: a poll must not see it empty
      fs.writeFileSync(`${file}.tmp`, 'abc');
      fs.renameSync(`${file}.tmp`, file);
    } else if (steps.length === 2) {
      fs.unlinkSync(file);
    } else {
      assert.deepStrictEqual(steps, [[0, 0, false, false], [3, 0, true, false],
                                     [0, 3, false, true]]);
      assert.strictEqual(fs.unwatchFile(file, listener), undefined);
    }
  }, 3);
  const watcher = fs.watchFile(file, { interval: 10 }, listener);
  assert.strictEqual(watcher.constructor.name, 'StatWatcher');
  assert.strictEqual(watcher.ref(), watcher);
  assert.strictEqual(watcher.unref(), watcher);
  assert.strictEqual(watcher.ref(), watcher);
  // one watcher per file
  const other = () => {};
  assert.strictEqual(fs.watchFile(file, other), watcher);
  fs.unwatchFile(file, other);
  watcher.on('stop', common.mustCall());
}

{
  // grows until the watcher (whose first stat may come after the first write) sees it
  const big = tmpdir.resolve('big');
  fs.writeFileSync(big, '');
  const timer = setInterval(() => fs.appendFileSync(big, '1'), 10);
  fs.watchFile(big, { interval: 10, bigint: true }, common.mustCall((curr, prev) => {
    assert.strictEqual(typeof curr.size, 'bigint');
    assert.ok(curr.size > prev.size);
    assert.strictEqual(curr.constructor.name, 'BigIntStats');
    clearInterval(timer);
    fs.unwatchFile(big);
  }));
}

fs.unwatchFile(tmpdir.resolve('never watched'));
assert.throws(() => fs.watchFile(1, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watchFile(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received undefined',
});
assert.throws(() => fs.watchFile(tmpdir.resolve('x'), { interval: -1 }, () => {}), {
  code: 'ERR_OUT_OF_RANGE',
});
