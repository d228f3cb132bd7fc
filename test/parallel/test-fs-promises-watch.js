'use strict';
// fs/promises watch(): an async iterator of { eventType, filename }, ended by an AbortSignal
// or by return(); errors and argument validation.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { watch } = require('fs/promises');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('w');
const tree = tmpdir.resolve('tree');
fs.mkdirSync(dir);
fs.mkdirSync(path.join(tree, 'sub'), { recursive: true });

(async () => {
  const ac = new AbortController();
  const iterator = watch(dir, { signal: ac.signal });
  assert.strictEqual(Object.prototype.toString.call(iterator), '[object AsyncGenerator]');
  const first = iterator.next();
  fs.writeFileSync(path.join(dir, 'a'), '1');
  assert.deepStrictEqual((await first).value, { eventType: 'rename', filename: 'a' });
  ac.abort();
  await assert.rejects(iterator.next(), { name: 'AbortError', code: 'ABORT_ERR' });

  // recursive; return() ends it
  const it2 = watch(tree, { recursive: true });
  const next = it2.next();
  fs.writeFileSync(path.join(tree, 'sub', 'b'), '1');
  assert.deepStrictEqual((await next).value, { eventType: 'rename',
                                               filename: path.join('sub', 'b') });
  assert.deepStrictEqual(await it2.return(), { value: undefined, done: true });

  await assert.rejects(watch(dir, { signal: AbortSignal.abort('why') }).next(),
                       { name: 'AbortError', cause: 'why' });
  await assert.rejects(watch(path.join(dir, 'missing')).next(), {
    code: 'ENOENT', syscall: 'watch', filename: path.join(dir, 'missing'),
  });
  await assert.rejects(watch(1).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(watch(dir, 1).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(watch(dir, { persistent: 1 }).next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.persistent" property must be of type boolean. Received type ' +
             'number (1)',
  });
  await assert.rejects(watch(dir, { encoding: 'bogus' }).next(), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
})().then(common.mustCall());
