'use strict';
// Maps and Sets under assert.deepEqual (loose) and deepStrictEqual (strict): order is
// ignored, object keys and members are matched by deep equality, and in loose mode
// primitives match loosely (1 and '1', null and undefined).
require('../common');
const assert = require('assert');

const ok = (fn) => fn();
const fails = (fn, message) => assert.throws(fn, { code: 'ERR_ASSERTION', message });

// Order does not matter.
assert.deepStrictEqual(new Set([1, 2, 3]), new Set([3, 2, 1]));
assert.deepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));

// Object members and keys are matched by deep equality, each one only once.
ok(() => assert.deepStrictEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])));
ok(() => assert.deepStrictEqual(new Map([[{ a: 1 }, 'x'], [{ a: 1 }, 'y']]),
                                new Map([[{ a: 1 }, 'y'], [{ a: 1 }, 'x']])));
assert.notDeepStrictEqual(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
assert.notDeepStrictEqual(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]]));
ok(() => assert.deepEqual(new Set([[1]]), new Set([['1']])));
assert.notDeepStrictEqual(new Set([[1]]), new Set([['1']]));

// Loose primitive matching.
ok(() => assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']])));
ok(() => assert.deepEqual(new Set([1, '2']), new Set(['1', 2])));
ok(() => assert.deepEqual(new Set([1, 2]), new Set(['1', '2'])));
ok(() => assert.deepEqual(new Set([1, '1']), new Set(['1', 1])));
ok(() => assert.deepEqual(new Set([null]), new Set([undefined])));
ok(() => assert.deepEqual(new Map([[null, 1]]), new Map([[undefined, 1]])));
ok(() => assert.deepEqual(new Map([['a', 1]]), new Map([['a', '1']])));
ok(() => assert.deepEqual(new Set([NaN]), new Set([NaN])));
ok(() => assert.deepStrictEqual(new Set([NaN]), new Set([NaN])));
assert.notDeepStrictEqual(new Set([0]), new Set([-0]).add('x').add('y'));
assert.notDeepStrictEqual(new Map([[1, 'a']]), new Map([['1', 'a']]));
assert.notDeepStrictEqual(new Set([1, '2']), new Set(['1', 2]));

fails(() => assert.deepEqual(new Set([null, undefined]), new Set([undefined, undefined])),
      'Expected values to be loosely deep-equal:\n\nSet(2) {\n  null,\n  undefined\n}\n\n' +
      'should loosely deep-equal\n\nSet(1) {\n  undefined\n}');
fails(() => assert.deepEqual(new Map([[null, 1]]), new Map([[undefined, 2]])),
      'Expected values to be loosely deep-equal:\n\nMap(1) {\n  null => 1\n}\n\n' +
      'should loosely deep-equal\n\nMap(1) {\n  undefined => 2\n}');
fails(() => assert.deepEqual(new Set([1, 2]), new Set([1, '1'])),
      'Expected values to be loosely deep-equal:\n\nSet(2) {\n  1,\n  2\n}\n\n' +
      "should loosely deep-equal\n\nSet(2) {\n  '1',\n  1\n}");
fails(() => assert.deepEqual(new Set(['a']), new Set(['b'])),
      "Expected values to be loosely deep-equal:\n\nSet(1) {\n  'a'\n}\n\n" +
      "should loosely deep-equal\n\nSet(1) {\n  'b'\n}");

// Strict messages.
fails(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([['1', 'a']])),
      'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
      "  Map(1) {\n+   1 => 'a'\n-   '1' => 'a'\n  }");
fails(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])),
      'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
      '  Set(2) {\n    1,\n+   2\n-   3\n  }');
fails(() => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])),
      'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
      '  Map(1) {\n    1 => {\n+     a: 1\n-     a: 2\n    }\n  }');
fails(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map()),
      'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
      '+ Map(1) {\n+   1 => 2\n+ }\n- Map(0) {}');

// Own properties of the collection count too.
{
  const withProp = new Set([1]);
  withProp.x = 1;
  fails(() => assert.deepStrictEqual(withProp, new Set([1])),
        'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
        '  Set(1) {\n    1,\n+   x: 1\n  }');
}

// A Map is not a Set, a Set is not an array.
assert.notDeepEqual(new Map(), new Set());
assert.notDeepEqual(new Set([1]), [1]);
assert.notDeepEqual(new Map([[0, 1]]), [1]);
