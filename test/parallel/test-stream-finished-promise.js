'use strict';
// stream/promises finished(): resolves with undefined, rejects with the error or premature
// close, and cleanup: true removes its listeners; util.promisify(finished) is the same.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { Readable, PassThrough, finished: finishedCb } = require('stream');
const { finished } = require('stream/promises');

(async () => {
  assert.strictEqual(util.promisify(finishedCb), finished);
  assert.strictEqual(finishedCb.finished, finished);

  const r = Readable.from(['a', 'b']);
  r.resume();
  assert.strictEqual(await finished(r), undefined);

  const r2 = new Readable({ read() {} });
  r2.on('error', () => {});
  r2.destroy(new Error('x'));
  await assert.rejects(finished(r2), { message: 'x' });

  const p = new PassThrough();
  p.end();
  p.resume();
  const before = [p.listenerCount('end'), p.listenerCount('error')];
  await finished(p, { cleanup: true });
  assert.deepStrictEqual([p.listenerCount('end'), p.listenerCount('error')], before);

  assert.throws(() => finished(p, { cleanup: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "cleanup" argument must be of type boolean. Received type number (1)',
  });

  const r3 = new Readable({ read() {} });
  setTimeout(() => r3.destroy(), 1);
  await assert.rejects(finished(r3), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
})().then(common.mustCall());
