// Flags: --expose-internals
'use strict';
// internal/streams/lazy_transform: no stream state until it is touched, then a working
// Transform with decodeStrings off.
require('../common');
const assert = require('assert');
const h = require('./harness');

const loader = h.createLoader();
const LazyTransform = loader.require('internal/streams/lazy_transform');
const { Transform } = loader.require('stream');

class Upper extends LazyTransform {
  _transform(chunk, encoding, cb) {
    cb(null, String(chunk).toUpperCase());
  }
}

const t = new Upper({ highWaterMark: 5 });
assert.ok(t instanceof Transform);
assert.deepStrictEqual(Object.keys(t), ['_options']);
assert.strictEqual(t.writableHighWaterMark, 5);
assert.ok(Object.keys(t).includes('_readableState'));
assert.ok(Object.keys(t).includes('_writableState'));
assert.strictEqual(t._writableState.decodeStrings, false);

const chunks = [];
t.on('data', (c) => chunks.push(String(c)));
t.on('end', () => assert.deepStrictEqual(chunks, ['AB']));
t.end('ab');

// Listeners added first (they reach the state through on()).
const t2 = new Upper();
t2.on('data', (c) => assert.strictEqual(String(c), 'X'));
t2.end('x');
