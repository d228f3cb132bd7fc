'use strict';
// stream.duplexPair(): what one side writes, the other reads; a write completes when the
// other side has read it; end() on one side ends the other's readable side.
const common = require('../common');
const assert = require('assert');
const { duplexPair, Duplex } = require('stream');

{
  const [a, b] = duplexPair();
  assert.ok(a instanceof Duplex);
  assert.ok(b instanceof Duplex);
  const order = [];
  b.on('data', (d) => order.push(`b data ${d}`));
  b.on('end', () => order.push('b end'));
  a.on('finish', () => order.push('a finish'));
  a.write('hi', () => order.push('write cb'));
  a.write('', () => order.push('empty cb'));
  a.end();
  process.on('exit', () => {
    assert.deepStrictEqual(order, ['write cb', 'b data hi', 'empty cb', 'b end', 'a finish']);
  });
}

// Both directions, objectMode.
{
  const [a, b] = duplexPair({ objectMode: true });
  a.write({ from: 'a' });
  b.write({ from: 'b' });
  a.once('data', common.mustCall((v) => assert.deepStrictEqual(v, { from: 'b' })));
  b.once('data', common.mustCall((v) => assert.deepStrictEqual(v, { from: 'a' })));
}

assert.strictEqual(duplexPair.length, 1);
