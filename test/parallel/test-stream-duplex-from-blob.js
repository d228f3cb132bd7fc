'use strict';
// Duplex.from(blob): a readable Duplex of the Blob's bytes.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

(async () => {
  const d = Duplex.from(new Blob(['blob', 'data']));
  assert.strictEqual(d.writable, false);
  const parts = await d.toArray();
  assert.strictEqual(Buffer.concat(parts.map((x) => Buffer.from(x))).toString(), 'blobdata');
})().then(common.mustCall());
