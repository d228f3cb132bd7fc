'use strict';
// Transform errors: from _transform(), from _flush(), pushing after the end, and a missing
// _transform().
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

{
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tf fail')); } });
  t.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'tf fail')));
  t.on('close', common.mustCall());
  t.write('q', common.mustCall((err) => assert.strictEqual(err.message, 'tf fail')));
}

{
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush fail')); },
  });
  t.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'flush fail')));
  t.on('end', common.mustNotCall());
  t.end('a');
  t.resume();
}

{
  const order = [];
  const t = new Transform({
    transform(c, e, cb) {
      if (String(c) === 'b') this.push(null);
      cb(null, c);
    },
  });
  t.on('data', (d) => order.push(`data ${d}`));
  t.on('error', (err) => order.push(`error ${err.code}`));
  t.on('close', () => order.push('close'));
  t.write('a');
  t.write('b');
  process.on('exit', () => {
    assert.deepStrictEqual(order, ['data a', 'error ERR_STREAM_PUSH_AFTER_EOF', 'close']);
  });
}

{
  const t = new Transform();
  assert.throws(() => t.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
}
