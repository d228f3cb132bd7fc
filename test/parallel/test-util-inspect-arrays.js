'use strict';
// util.inspect() of arrays and array-likes: holes, maxArrayLength, extra properties, grouping
// of many short items into columns, typed arrays, ArrayBuffer, DataView.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect([]), '[]');
assert.strictEqual(inspect([1, 'a', null]), "[ 1, 'a', null ]");
assert.strictEqual(inspect([1, [2, [3, [4]]]]), '[ 1, [ 2, [ 3, [Array] ] ] ]');

// Holes.
// eslint-disable-next-line no-sparse-arrays
assert.strictEqual(inspect([1, , 3]), '[ 1, <1 empty item>, 3 ]');
assert.strictEqual(inspect(new Array(5)), '[ <5 empty items> ]');
const sparse = [];
sparse[3] = 'x';
sparse.length = 10;
assert.strictEqual(inspect(sparse), "[ <3 empty items>, 'x', <6 empty items> ]");
assert.strictEqual(inspect(sparse, { maxArrayLength: 2 }),
                   "[ <3 empty items>, 'x', ... 6 more items ]");

// maxArrayLength.
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: 2 }), '[ 1, 2, ... 1 more item ]');
assert.strictEqual(inspect([1, 2, 3, 4], { maxArrayLength: 1 }), '[ 1, ... 3 more items ]');
assert.strictEqual(inspect([1, 2], { maxArrayLength: 0 }), '[ ... 2 more items ]');
assert.strictEqual(inspect(new Array(101).fill(0)).split('\n').pop(), ']');
assert.match(inspect(new Array(101).fill(0)), /\.\.\. 1 more item\n\]$/);

// Extra properties come after the items; hidden ones with showHidden.
const extra = [1, 2];
extra.key = 'value';
extra[Symbol('s')] = true;
assert.strictEqual(inspect(extra), "[ 1, 2, key: 'value', [Symbol(s)]: true ]");
assert.strictEqual(inspect([1], { showHidden: true }), '[ 1, [length]: 1 ]');
assert.strictEqual(inspect(Object.assign([], { a: 1 })), '[ a: 1 ]');

// Subclasses and arrays without prototype name themselves.
class MyArray extends Array {}
assert.strictEqual(inspect(MyArray.from([1, 2])), 'MyArray(2) [ 1, 2 ]');
const noProto = [1];
Object.setPrototypeOf(noProto, null);
assert.strictEqual(inspect(noProto), '[Array(1): null prototype] [ 1 ]');

// More than six short items are grouped into aligned columns; numbers are right-aligned.
assert.strictEqual(inspect(Array.from({ length: 26 }, (_, i) => i)),
                   '[\n' +
                   '   0,  1,  2,  3,  4,  5,  6,  7,\n' +
                   '   8,  9, 10, 11, 12, 13, 14, 15,\n' +
                   '  16, 17, 18, 19, 20, 21, 22, 23,\n' +
                   '  24, 25\n' +
                   ']');
assert.strictEqual(inspect(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']),
                   '[\n' +
                   "  'a',       'bb',\n" +
                   "  'ccc',     'dddd',\n" +
                   "  'eeeee',   'ffffff',\n" +
                   "  'ggggggg'\n" +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 12 }, (_, i) => `s${i}`)),
                   '[\n' +
                   "  's0', 's1',  's2',\n" +
                   "  's3', 's4',  's5',\n" +
                   "  's6', 's7',  's8',\n" +
                   "  's9', 's10', 's11'\n" +
                   ']');
assert.strictEqual(inspect([1, 2, 3, 4, 5, 6, 7], { compact: 1 }),
                   '[\n' +
                   '  1, 2, 3, 4,\n' +
                   '  5, 6, 7\n' +
                   ']');
assert.strictEqual(inspect([1, 2, 3, 4, 5, 6, 7], { compact: false }),
                   '[\n' +
                   '  1,\n' +
                   '  2,\n' +
                   '  3,\n' +
                   '  4,\n' +
                   '  5,\n' +
                   '  6,\n' +
                   '  7\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 8 }, (_, i) => -(10 ** i))),
                   '[\n' +
                   '        -1,       -10,\n' +
                   '      -100,     -1000,\n' +
                   '    -10000,   -100000,\n' +
                   '  -1000000, -10000000\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 9 }, (_, i) => (i % 2 ? 'x'.repeat(i) : i))),
                   "[ 0, 'x', 2, 'xxx', 4, 'xxxxx', 6, 'xxxxxxx', 8 ]");


// Typed arrays.
assert.strictEqual(inspect(new Uint8Array([1, 2, 3])), 'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(inspect(new Float64Array(0)), 'Float64Array(0) []');
assert.strictEqual(inspect(new BigInt64Array([1n, -2n])), 'BigInt64Array(2) [ 1n, -2n ]');
assert.strictEqual(inspect(new Int16Array([1000, 2000]), { numericSeparator: true }),
                   'Int16Array(2) [ 1_000, 2_000 ]');
assert.strictEqual(inspect(new Uint8Array(3), { maxArrayLength: 1 }),
                   'Uint8Array(3) [ 0, ... 2 more items ]');
assert.strictEqual(inspect(new Uint8Array([1]), { showHidden: true }),
                   'Uint8Array(1) [\n' +
                   '  1,\n' +
                   '  [BYTES_PER_ELEMENT]: 1,\n' +
                   '  [length]: 1,\n' +
                   '  [byteLength]: 1,\n' +
                   '  [byteOffset]: 0,\n' +
                   '  [buffer]: ArrayBuffer { byteLength: 1 }\n' +
                   ']');

// ArrayBuffer, SharedArrayBuffer, DataView.
assert.strictEqual(inspect(new Uint8Array([1, 2, 255]).buffer),
                   'ArrayBuffer { [Uint8Contents]: <01 02 ff>, byteLength: 3 }');
assert.strictEqual(inspect(new ArrayBuffer(0)),
                   'ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }');
assert.strictEqual(inspect(new ArrayBuffer(3), { maxArrayLength: 1 }),
                   'ArrayBuffer { [Uint8Contents]: <00 ... 2 more bytes>, byteLength: 3 }');
assert.strictEqual(inspect(new SharedArrayBuffer(2)),
                   'SharedArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }');
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
assert.strictEqual(inspect(detached), 'ArrayBuffer { (detached), byteLength: 0 }');
assert.strictEqual(inspect(new DataView(new ArrayBuffer(4), 1, 2)),
                   'DataView {\n' +
                   '  byteLength: 2,\n' +
                   '  byteOffset: 1,\n' +
                   '  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n' +
                   '}');

// Buffers print through their own custom inspect.
assert.strictEqual(inspect(Buffer.from('hi')), '<Buffer 68 69>');

// arguments objects.
function args() { return arguments; }
assert.strictEqual(inspect(args(1, 'a')), "[Arguments] { '0': 1, '1': 'a' }");
assert.strictEqual(inspect(args()), '[Arguments] {}');
