'use strict';
// util.inspect() of functions and classes: kinds, names, anonymous ones, null prototypes,
// properties, classes with `extends`, and boxed primitives, dates and regular expressions.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

function named() {}
const withProps = function withProps() {};
withProps.a = 1;
withProps.nested = { b: 2 };
class A {}
class B extends A {}
class WithStatic {
  static x = 1;
}
const noProtoFn = function np() {};
Object.setPrototypeOf(noProtoFn, null);
const renamed = function original() {};
Object.defineProperty(renamed, 'name', { value: 'renamed' });
class MyNumber extends Number {}
const boxedWithProps = Object.assign(new String('ab'), { extra: true });
const dateWithProps = Object.assign(new Date(0), { tz: 'UTC' });
const regexpWithProps = Object.assign(/x/g, { note: 'n' });

assert.strictEqual(inspect(named),
                   '[Function: named]');
assert.strictEqual(inspect(() => {}),
                   '[Function (anonymous)]');
assert.strictEqual(inspect(function() {}),
                   '[Function (anonymous)]');
assert.strictEqual(inspect(async function af() {}),
                   '[AsyncFunction: af]');
assert.strictEqual(inspect(async () => {}),
                   '[AsyncFunction (anonymous)]');
assert.strictEqual(inspect(function* gen() {}),
                   '[GeneratorFunction: gen]');
assert.strictEqual(inspect(async function* agen() {}),
                   '[AsyncGeneratorFunction: agen]');
assert.strictEqual(inspect(named.bind(null)),
                   '[Function: bound named]');
assert.strictEqual(inspect(withProps),
                   '[Function: withProps] { a: 1, nested: { b: 2 } }');
assert.strictEqual(inspect(A),
                   '[class A]');
assert.strictEqual(inspect(B),
                   '[class B extends A]');
assert.strictEqual(inspect(class {}),
                   '[class (anonymous)]');
assert.strictEqual(inspect(class extends A {}),
                   '[class (anonymous) extends A]');
assert.strictEqual(inspect(WithStatic),
                   '[class WithStatic] { x: 1 }');
assert.strictEqual(inspect(noProtoFn),
                   '[Function (null prototype): np]');
assert.strictEqual(inspect(renamed),
                   '[Function: renamed]');
assert.strictEqual(inspect(Math.max),
                   '[Function: max]');
assert.strictEqual(inspect(Map),
                   '[Function: Map]');
assert.strictEqual(inspect({ method() {}, arrow: () => {} }),
                   '{ method: [Function: method], arrow: [Function: arrow] }');
assert.strictEqual(inspect(named, { showHidden: true }),
                   '<ref *1> [Function: named] {\n' +
                   '  [length]: 0,\n' +
                   "  [name]: 'named',\n" +
                   '  [prototype]: { [constructor]: [Circular *1] }\n' +
                   '}');
assert.strictEqual(inspect({ fn: withProps }, { depth: 0 }),
                   '{ fn: [Function] }');
assert.strictEqual(inspect(new Number(3)),
                   '[Number: 3]');
assert.strictEqual(inspect(new Number(-0)),
                   '[Number: -0]');
assert.strictEqual(inspect(new String('ab')),
                   "[String: 'ab']");
assert.strictEqual(inspect(new Boolean(false)),
                   '[Boolean: false]');
assert.strictEqual(inspect(Object(1n)),
                   '[BigInt: 1n]');
assert.strictEqual(inspect(Object(Symbol('s'))),
                   '[Symbol: Symbol(s)]');
assert.strictEqual(inspect(new MyNumber(4)),
                   '[Number (MyNumber): 4]');
assert.strictEqual(inspect(boxedWithProps),
                   "[String: 'ab'] { extra: true }");
assert.strictEqual(inspect(new String('ab'), { showHidden: true }),
                   "[String: 'ab'] { [length]: 2 }");
assert.strictEqual(inspect(new Date(0)),
                   '1970-01-01T00:00:00.000Z');
assert.strictEqual(inspect(new Date(NaN)),
                   'Invalid Date');
assert.strictEqual(inspect(dateWithProps),
                   "1970-01-01T00:00:00.000Z { tz: 'UTC' }");
assert.strictEqual(inspect(/ab+c/gi),
                   '/ab+c/gi');
assert.strictEqual(inspect(new RegExp('a/b')),
                   '/a\\/b/');
assert.strictEqual(inspect(regexpWithProps),
                   "/x/g { note: 'n' }");

