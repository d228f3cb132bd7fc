'use strict';
// util.inspect() of objects: nesting and depth, circular references, class instances, null
// prototypes, Symbol.toStringTag, key quoting, symbol keys, accessors and hidden properties.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

class Foo {
  constructor() {
    this.x = 1;
  }
}
class Tagged {
  get [Symbol.toStringTag]() { return 'custom'; }
}
const circular = { name: 'root' };
circular.self = circular;
circular.list = [circular, { back: circular }];
const a = { name: 'a' };
const b = { name: 'b', a };
a.b = b;
a.arr = [a, b];
const accessors = {
  get getter() { return 42; },
  set setter(v) {},
  get both() { return 'yes'; },
  set both(v) {},
  get obj() { return { deep: true }; },
  get nul() { return null; },
  get throws() { throw new Error('nope'); },
};
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
Object.defineProperty(hidden, Symbol('hiddenSym'), { value: 3, enumerable: false });
const noProto = Object.create(null);
noProto.a = 1;
const tagOwn = { [Symbol.toStringTag]: 'own' };
const tagInherited = Object.create({ [Symbol.toStringTag]: 'inherited' });
function Legacy() { this.v = 1; }
const orphan = new Legacy();
Legacy.prototype.constructor = undefined;

assert.strictEqual(inspect({}),
                   '{}');
assert.strictEqual(inspect({ a: 1, b: 'two', c: [3], d: { e: null } }),
                   "{ a: 1, b: 'two', c: [ 3 ], d: { e: null } }");
assert.strictEqual(inspect({ a: { b: { c: { d: { e: 1 } } } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 }),
                   '{ a: [Object] }');
assert.strictEqual(inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }),
                   '{\n' +
                   '  a: {\n' +
                   '    b: { c: { d: { e: 1 } } }\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }),
                   '{\n' +
                   '  a: {\n' +
                   '    b: { c: { d: { e: 1 } } }\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect({ a: [{ b: [] }, new Map([[1, { c: 1 }]])] }, { depth: 1 }),
                   '{ a: [ [Object], [Map] ] }');
assert.strictEqual(inspect(circular),
                   '<ref *1> {\n' +
                   "  name: 'root',\n" +
                   '  self: [Circular *1],\n' +
                   '  list: [ [Circular *1], { back: [Circular *1] } ]\n' +
                   '}');
assert.strictEqual(inspect(a),
                   '<ref *1> {\n' +
                   "  name: 'a',\n" +
                   "  b: { name: 'b', a: [Circular *1] },\n" +
                   "  arr: [ [Circular *1], { name: 'b', a: [Circular *1] } ]\n" +
                   '}');
assert.strictEqual(inspect(new Foo()),
                   'Foo { x: 1 }');
assert.strictEqual(inspect(new (class {})()),
                   '{}');
assert.strictEqual(inspect(new Tagged()),
                   'Tagged [custom] {}');
assert.strictEqual(inspect(noProto),
                   '[Object: null prototype] { a: 1 }');
assert.strictEqual(inspect(Object.create(null)),
                   '[Object: null prototype] {}');
assert.strictEqual(inspect(tagOwn),
                   "{ [Symbol(Symbol.toStringTag)]: 'own' }");
assert.strictEqual(inspect(tagInherited),
                   'Object [inherited] {}');
assert.strictEqual(inspect(orphan),
                   '{ v: 1 }');
assert.strictEqual(inspect(Object.create(Object.create(null))),
                   'Object <[Object: null prototype] {}> {}');
assert.strictEqual(inspect({ 'a-b': 1, 'c d': 2, '1a': 3, _ok: 4, $dollar: 5, '': 6,
                             "it's": 7, 123: 8 }),
                   '{\n' +
                   "  '123': 8,\n" +
                   "  'a-b': 1,\n" +
                   "  'c d': 2,\n" +
                   "  '1a': 3,\n" +
                   '  _ok: 4,\n' +
                   "  '$dollar': 5,\n" +
                   "  '': 6,\n" +
                   "  \"it's\": 7\n" +
                   '}');
assert.strictEqual(inspect(JSON.parse('{"__proto__": 1}')),
                   "{ ['__proto__']: 1 }");
assert.strictEqual(inspect({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 }),
                   '{ [Symbol(s)]: 1, [Symbol()]: 2, [Symbol(Symbol.iterator)]: 3 }');
assert.strictEqual(inspect(accessors),
                   '{\n' +
                   '  getter: [Getter],\n' +
                   '  setter: [Setter],\n' +
                   '  both: [Getter/Setter],\n' +
                   '  obj: [Getter],\n' +
                   '  nul: [Getter],\n' +
                   '  throws: [Getter]\n' +
                   '}');
assert.strictEqual(inspect(accessors, { getters: true }),
                   '{\n' +
                   '  getter: [Getter: 42],\n' +
                   '  setter: [Setter],\n' +
                   "  both: [Getter/Setter: 'yes'],\n" +
                   '  obj: [Getter] { deep: true },\n' +
                   '  nul: [Getter: null],\n' +
                   '  throws: [Getter: <Inspection threw (nope)>]\n' +
                   '}');
assert.strictEqual(inspect(accessors, { getters: 'get' }),
                   '{\n' +
                   '  getter: [Getter: 42],\n' +
                   '  setter: [Setter],\n' +
                   '  both: [Getter/Setter],\n' +
                   '  obj: [Getter] { deep: true },\n' +
                   '  nul: [Getter: null],\n' +
                   '  throws: [Getter: <Inspection threw (nope)>]\n' +
                   '}');
assert.strictEqual(inspect(accessors, { getters: 'set' }),
                   '{\n' +
                   '  getter: [Getter],\n' +
                   '  setter: [Setter],\n' +
                   "  both: [Getter/Setter: 'yes'],\n" +
                   '  obj: [Getter],\n' +
                   '  nul: [Getter],\n' +
                   '  throws: [Getter]\n' +
                   '}');
assert.strictEqual(inspect(hidden),
                   '{ visible: 1 }');
assert.strictEqual(inspect(hidden, { showHidden: true }),
                   '{ visible: 1, [secret]: 2, [Symbol(hiddenSym)]: 3 }');
assert.strictEqual(inspect({ aaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb',
                             ccccccccccccccc: 'dddddddddddddddddddd', e: 1 }),
                   '{\n' +
                   "  aaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb',\n" +
                   "  ccccccccccccccc: 'dddddddddddddddddddd',\n" +
                   '  e: 1\n' +
                   '}');
assert.strictEqual(inspect({ a: 1, b: { c: { d: 1 } }, e: [1, 2] }),
                   '{ a: 1, b: { c: { d: 1 } }, e: [ 1, 2 ] }');
assert.strictEqual(inspect({ a: { b: { c: {} } } }),
                   '{ a: { b: { c: {} } } }');

