'use strict';
// _construct(): reading waits for its callback; an error from it destroys the stream; a
// destroy() before it finishes waits for it.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const order = [];
  const r = new Readable({
    construct(cb) {
      order.push('construct');
      setTimeout(() => {
        order.push('constructed');
        cb();
      }, 1);
    },
    read() {
      order.push('_read');
      this.push('x');
      this.push(null);
    },
  });
  assert.strictEqual(r.read(), null);
  r.on('readable', () => {
    const chunk = r.read();
    order.push(`read ${chunk}`);
  });
  r.on('end', common.mustCall(() => order.push('end')));
  process.on('exit', () => {
    assert.deepStrictEqual(order, [
      'construct', 'constructed', '_read', 'read x', 'end',
    ]);
  });
}

// construct is called on the next tick, not in the constructor.
{
  let called = false;
  new Readable({ construct(cb) { called = true; cb(); }, read() {} });
  assert.strictEqual(called, false);
  process.nextTick(common.mustCall(() => assert.strictEqual(called, true)));
}

{
  const r = new Readable({ construct(cb) { setTimeout(cb, 1, new Error('cfail')); }, read() {} });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'cfail')));
  r.on('close', common.mustCall());
}

// destroy() during construction: _destroy() runs after construct calls back, and both
// errors are reported (aggregated).
{
  const r = new Readable({
    construct(cb) { setTimeout(cb, 1, new Error('c4')); },
    read() {},
  });
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AggregateError');
    assert.deepStrictEqual(err.errors.map((e) => e.message), ['d4', 'c4']);
  }));
  r.destroy(new Error('d4'));
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.closed, false);
}

{
  const r = new Readable({ construct() { throw new Error('construct throws'); }, read() {} });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'construct throws')));
}

// Calling back twice: ERR_MULTIPLE_CALLBACK.
{
  const r = new Readable({ construct(cb) { cb(); cb(); }, read() {} });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK')));
}
