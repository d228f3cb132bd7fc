'use strict';
// stream/promises pipeline(): resolves with the value of a final async function, takes
// { signal, end } as a last argument, and rejects on abort and errors.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { Readable, PassThrough, pipeline: pipelineCb } = require('stream');
const { pipeline } = require('stream/promises');

(async () => {
  assert.strictEqual(util.promisify(pipelineCb), pipeline);

  assert.strictEqual(await pipeline(Readable.from(['a']), async function(src) {
    let s = '';
    for await (const c of src) s += c;
    return `${s}!`;
  }), 'a!');

  {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    setTimeout(() => ac.abort(), 1);
    await assert.rejects(pipeline(r, new PassThrough(), { signal: ac.signal }), {
      name: 'AbortError',
      message: 'The operation was aborted',
    });
    assert.strictEqual(r.destroyed, true);
  }

  {
    const p = new PassThrough();
    await pipeline(Readable.from(['z']), p, { end: false });
    assert.strictEqual(p.writableEnded, false);
    assert.strictEqual(p.read().toString(), 'z');
  }

  {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(pipeline(Readable.from(['a']), new PassThrough(), { signal: ac.signal }),
                         { name: 'AbortError' });
  }

  await assert.rejects(pipeline(Readable.from(['a']), new PassThrough(), { signal: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received type number (5)',
  });
})().then(common.mustCall());
