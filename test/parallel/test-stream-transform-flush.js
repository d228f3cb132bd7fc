'use strict';
// Transform: _transform() output comes out in order, _flush() runs after the last chunk and
// before 'end'.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

{
  const order = [];
  const t = new Transform({
    transform(chunk, encoding, cb) {
      order.push(`_transform ${chunk} ${encoding}`);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      order.push('_flush');
      cb(null, 'END');
    },
  });
  for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => order.push(ev));
  t.on('data', (chunk) => order.push(`data ${chunk}`));
  t.write('a');
  t.write('b');
  t.end('c');
  process.on('exit', () => {
    // Flowing: each output chunk is emitted as soon as it is pushed. 'end' comes before
    // 'finish', which waits a tick after the final callback.
    assert.deepStrictEqual(order, [
      '_transform a buffer', 'data A', '_transform b buffer', 'data B',
      '_transform c buffer', 'data C', '_flush', 'data END', 'prefinish', 'end', 'finish',
      'close',
    ]);
  });
}

// flush may push several chunks; data given to the callback is pushed last.
{
  const t = new Transform({
    transform(chunk, encoding, cb) { cb(); },
    flush(cb) {
      this.push('x');
      this.push('y');
      setTimeout(cb, 1, null, 'z');
    },
  });
  const out = [];
  t.on('data', (chunk) => out.push(chunk.toString()));
  t.on('end', common.mustCall(() => assert.deepStrictEqual(out, ['x', 'y', 'z'])));
  t.end('ignored');
}

// Without _flush(): the readable side ends when the writable side finishes.
{
  const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
  t.on('end', common.mustCall());
  t.end('q');
  t.resume();
}

// An options.final replaces _final; the flush still runs (on 'prefinish').
{
  const order = [];
  const t = new Transform({
    final(cb) { order.push('final'); cb(); },
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { order.push('flush'); cb(); },
  });
  t.end('a');
  t.resume();
  t.on('end', common.mustCall(() => assert.deepStrictEqual(order, ['final', 'flush'])));
}

// decodeStrings: false hands strings to _transform().
{
  const t = new Transform({
    decodeStrings: false,
    transform: common.mustCall((chunk, encoding, cb) => {
      assert.strictEqual(chunk, 'str');
      assert.strictEqual(encoding, 'utf8');
      cb();
    }),
  });
  t.write('str');
}
