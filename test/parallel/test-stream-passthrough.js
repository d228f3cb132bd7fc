'use strict';
// PassThrough passes chunks through unchanged, in byte and object mode.
const common = require('../common');
const assert = require('assert');
const { PassThrough, Transform } = require('stream');

{
  const p = new PassThrough();
  assert.ok(p instanceof Transform);
  p.write('ab');
  p.end(Buffer.from('cd'));
  assert.strictEqual(p.read().toString(), 'abcd');
}

{
  const p = new PassThrough({ objectMode: true });
  const out = [];
  p.on('data', (v) => out.push(v));
  p.write({ a: 1 });
  p.write(2);
  p.end(3);
  p.on('end', common.mustCall(() => assert.deepStrictEqual(out, [{ a: 1 }, 2, 3])));
}

{
  const p = PassThrough();
  assert.ok(p instanceof PassThrough);
  p.setEncoding('utf8');
  p.end('text');
  p.on('data', common.mustCall((s) => assert.strictEqual(s, 'text')));
}
