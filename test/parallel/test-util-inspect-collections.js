'use strict';
// util.inspect() of Map, Set, their iterators, WeakMap/WeakSet and Promise, Proxy.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const map = new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 1 }, [3]]]);
const set = new Set([1, 'a', { b: 2 }]);
class MyMap extends Map {}
const mapWithProps = Object.assign(new Map([[1, 2]]), { extra: true });
const noProtoSet = new Set([1, 2]);
Object.setPrototypeOf(noProtoSet, null);
const key1 = { k: 1 };
const key2 = { k: 2 };
const weakMap = new WeakMap([[key1, 'v1'], [key2, 'v2']]);
const weakSet = new WeakSet([key1, key2]);
const advanced = new Map([[1, 2], [3, 4], [5, 6]]).entries();
advanced.next();
const rejected = Promise.reject(3);
rejected.catch(() => {});
const target = { a: 1 };
const handler = { get() { return 5; } };
const proxy = new Proxy(target, handler);
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();

assert.strictEqual(inspect(new Map()),
                   'Map(0) {}');
assert.strictEqual(inspect(map),
                   "Map(3) { 1 => 'one', 'two' => { n: 2 }, { k: 1 } => [ 3 ] }");
assert.strictEqual(inspect(new Set()),
                   'Set(0) {}');
assert.strictEqual(inspect(set),
                   "Set(3) { 1, 'a', { b: 2 } }");
assert.strictEqual(inspect(new MyMap([[1, 2]])),
                   'MyMap(1) [Map] { 1 => 2 }');
assert.strictEqual(inspect(mapWithProps),
                   'Map(1) { 1 => 2, extra: true }');
assert.strictEqual(inspect(noProtoSet),
                   '[Set(2): null prototype] { 1, 2 }');
assert.strictEqual(inspect(new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 2 }),
                   'Set(5) { 0, 1, ... 3 more items }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }),
                   'Map(2) { 1 => 2, ... 1 more item }');
assert.strictEqual(inspect(new Map([[new Map([[1, 2]]), new Set([3])]])),
                   'Map(1) { Map(1) { 1 => 2 } => Set(1) { 3 } }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]).keys()),
                   '[Map Iterator] { 1, 3 }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]).values()),
                   '[Map Iterator] { 2, 4 }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]).entries()),
                   '[Map Entries] { [ 1, 2 ], [ 3, 4 ] }');
assert.strictEqual(inspect(new Set([1, 2]).values()),
                   '[Set Iterator] { 1, 2 }');
assert.strictEqual(inspect(new Set([1, 2]).entries()),
                   '[Set Entries] { [ 1, 1 ], [ 2, 2 ] }');
assert.strictEqual(inspect(advanced),
                   '[Map Entries] { [ 3, 4 ], [ 5, 6 ] }');
assert.strictEqual(inspect(weakMap),
                   'WeakMap { <items unknown> }');
assert.strictEqual(inspect(weakSet),
                   'WeakSet { <items unknown> }');
assert.strictEqual(inspect(weakMap, { showHidden: true }),
                   "WeakMap { { k: 1 } => 'v1', { k: 2 } => 'v2' }");
assert.strictEqual(inspect(weakSet, { showHidden: true }),
                   'WeakSet { { k: 1 }, { k: 2 } }');
assert.strictEqual(inspect(Promise.resolve(1)),
                   'Promise { 1 }');
assert.strictEqual(inspect(Promise.resolve({ a: [1, 2] })),
                   'Promise { { a: [ 1, 2 ] } }');
assert.strictEqual(inspect(new Promise(() => {})),
                   'Promise { <pending> }');
assert.strictEqual(inspect(rejected),
                   'Promise { <rejected> 3 }');
assert.strictEqual(inspect(Object.assign(Promise.resolve(2), { p: 1 })),
                   'Promise { 2, p: 1 }');
assert.strictEqual(inspect(proxy),
                   '{ a: 1 }');
assert.strictEqual(inspect(proxy, { showProxy: true }),
                   'Proxy [ { a: 1 }, { get: [Function: get] } ]');
assert.strictEqual(inspect(new Proxy([1, 2], {})),
                   '[ 1, 2 ]');
assert.strictEqual(inspect(new Proxy(function fn() {}, {})),
                   '[Function: fn]');
assert.strictEqual(inspect(revoked),
                   '<Revoked Proxy>');
assert.strictEqual(inspect({ p: new Proxy({}, {}) }, { showProxy: true, depth: 0 }),
                   '{ p: Proxy [Array] }');

