'use strict';
// util._extend(): copies own enumerable properties (in reverse key order), ignores
// non-object sources.
require('../common');
const assert = require('assert');
const { _extend } = require('util');

const target = { a: 1 };
assert.strictEqual(_extend(target, { b: 2, c: 3 }), target);
assert.deepStrictEqual(target, { a: 1, b: 2, c: 3 });
assert.deepStrictEqual(Object.keys(_extend({}, { x: 1, y: 2, z: 3 })), ['z', 'y', 'x']);
assert.deepStrictEqual(_extend({ a: 1 }, null), { a: 1 });
assert.deepStrictEqual(_extend({ a: 1 }, 5), { a: 1 });
assert.deepStrictEqual(_extend({ a: 1 }, 'str'), { a: 1 });
assert.deepStrictEqual(_extend({}, [7, 8]), { 0: 7, 1: 8 });
assert.deepStrictEqual(_extend({}, Object.create({ inherited: 1 })), {});
assert.throws(() => _extend(null, { a: 1 }), TypeError);
