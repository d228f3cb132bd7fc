'use strict';
// util.inspect.custom: the hook's arguments (depth, options, inspect), string results indented
// when nested, other results inspected with the same options, and where it is not used.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const seen = [];
const recorder = {
  [inspect.custom](depth, options, inspectFn) {
    seen.push({ depth, options, inspectFn, self: this });
    return 'recorded';
  },
};
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  [inspect.custom](depth, options, inspectFn) {
    if (depth < 0) return options.stylize('[Point]', 'special');
    return `Point<${inspectFn(this.x, options)}, ${inspectFn(this.y, options)}>`;
  }
}
const multiline = { [inspect.custom]() { return 'line1\nline2'; } };
const returnsObject = { [inspect.custom]() { return { replaced: [1, 2, 3] }; } };
const returnsThis = { marker: 1, [inspect.custom]() { return this; } };

assert.strictEqual(inspect(new Point(1, 2)),
                   'Point<1, 2>');
assert.strictEqual(inspect({ p: new Point(1, 'a') }),
                   "{ p: Point<1, 'a'> }");
assert.strictEqual(inspect({ a: { b: { p: new Point(1, 2) } } }, { depth: 1 }),
                   '{ a: { b: [Object] } }');
assert.strictEqual(inspect(new Point(1, 2), { colors: true }),
                   'Point<\u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m>');
assert.strictEqual(inspect({ nested: { deeper: multiline } }),
                   '{\n' +
                   '  nested: {\n' +
                   '    deeper: line1\n' +
                   '    line2\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect(returnsObject),
                   '{ replaced: [ 1, 2, 3 ] }');
assert.strictEqual(inspect({ r: returnsObject }, { compact: false }),
                   '{\n' +
                   '  r: {\n' +
                   '    replaced: [\n' +
                   '      1,\n' +
                   '      2,\n' +
                   '      3\n' +
                   '    ]\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect(returnsThis),
                   '{\n' +
                   '  marker: 1,\n' +
                   '  [Symbol(nodejs.util.inspect.custom)]: ' +
                   '[Function: [nodejs.util.inspect.custom]]\n' +
                   '}');
assert.strictEqual(inspect(Point.prototype),
                   '{}');


assert.strictEqual(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

// What the hook receives: the remaining depth, the options (plus stylize and any unknown
// options passed through) and inspect itself; `this` is the inspected object.
assert.strictEqual(inspect({ a: recorder }, { depth: 5, extra: 'passed' }), '{ a: recorded }');
assert.strictEqual(seen.length, 1);
assert.strictEqual(seen[0].depth, 4);
assert.strictEqual(seen[0].inspectFn, inspect);
assert.strictEqual(seen[0].self, recorder);
assert.strictEqual(seen[0].options.extra, 'passed');
assert.strictEqual(seen[0].options.depth, 5);
assert.strictEqual(seen[0].options.breakLength, 80);
assert.strictEqual(typeof seen[0].options.stylize, 'function');
assert.deepStrictEqual(Object.keys(seen[0].options).sort(), [
  'breakLength', 'colors', 'compact', 'customInspect', 'depth', 'extra', 'getters',
  'maxArrayLength', 'maxStringLength', 'numericSeparator', 'showHidden', 'showProxy',
  'sorted', 'stylize',
]);
inspect(recorder, { depth: null });
assert.strictEqual(seen[1].depth, null);

// Errors thrown by the hook propagate.
assert.throws(() => inspect({ [inspect.custom]() { throw new RangeError('hook'); } }),
              { name: 'RangeError', message: 'hook' });

// A non-function value under the symbol is an ordinary property.
assert.strictEqual(inspect({ [inspect.custom]: 1 }),
                   '{ [Symbol(nodejs.util.inspect.custom)]: 1 }');
