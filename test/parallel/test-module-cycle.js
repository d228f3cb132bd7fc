'use strict';
// A require cycle hands out the partial exports of the module still loading; reading a
// missing property of them warns, and a finished module's exports lose that guard.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('a.js'), `
exports.early = 'a-early';
const b = require('./b.js');
exports.late = 'a-late';
exports.fromB = b.sawA;
`);
fs.writeFileSync(tmpdir.resolve('b.js'), `
const a = require('./a.js');
exports.sawA = { early: a.early, late: a.late };
`);

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.message,
                     "Accessing non-existent property 'late' of module exports inside " +
                     'circular dependency');
}));

const a = require(tmpdir.resolve('a.js'));
assert.deepStrictEqual({ ...a }, {
  early: 'a-early',
  late: 'a-late',
  fromB: { early: 'a-early', late: undefined },
});
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
assert.strictEqual(require(tmpdir.resolve('b.js')).sawA.early, 'a-early');
assert.strictEqual(require.cache[tmpdir.resolve('a.js')].loaded, true);
assert.strictEqual(path.basename(require.cache[tmpdir.resolve('b.js')].parent.id), 'a.js');
