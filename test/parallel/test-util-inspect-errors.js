'use strict';
// util.inspect() of errors: the stack as base, extra own properties, changed name/message,
// errors without stack frames, subclasses, null prototypes, [cause], AggregateError [errors],
// indentation when nested, and the greying of core frames with colors.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

function withStack(err, frames) {
  err.stack = `${err.stack.split('\n')[0]}\n${frames.map((f) => `    at ${f}`).join('\n')}`;
  return err;
}
const frames = ['fn (/app/a.js:1:1)', 'other (/app/b.js:2:2)'];
const plain = withStack(new Error('boom'), frames);
const withCode = Object.assign(withStack(new Error('boom'), frames), { code: 'ERR_X' });
const renamed = withStack(new Error('boom'), frames);
renamed.name = 'Renamed';
const noStack = new Error('no stack');
noStack.stack = undefined;
const noFrames = new TypeError('no frames');
noFrames.stack = 'TypeError: no frames';
class MyError extends Error {}
const sub = withStack(new MyError('sub'), frames);
const noProto = withStack(new Error('np'), frames);
Object.setPrototypeOf(noProto, null);
const cause = withStack(new Error('outer', { cause: withStack(new Error('inner'), frames) }),
                        frames);
const primitiveCause = withStack(new Error('outer', { cause: 'just a string' }), frames);
const aggregate = withStack(
  new AggregateError([withStack(new Error('a'), frames), 'b'], 'agg'), frames);
const shared = ['x (/app/x.js:1:1)', 'y (/app/y.js:2:2)', 'z (/app/z.js:3:3)',
                'w (/app/w.js:4:4)', 'v (/app/v.js:5:5)'];
// The cause shares its last five frames: they are collapsed in the outer error's stack.
const sharedCause = withStack(new Error('bottom'), ['q (/app/q.js:9:9)', ...shared]);
const sharedFrames = withStack(new Error('top', { cause: sharedCause }),
                               ['p (/app/p.js:8:8)', ...shared]);
const core = withStack(new Error('core'), [
  'fn (/app/node_modules/pkg/index.js:1:1)',
  'Module._compile (node:internal/modules/cjs/loader:1:1)',
]);

assert.strictEqual(inspect(plain),
                   'Error: boom\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2)');
assert.strictEqual(inspect(withCode),
                   'Error: boom\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2) {\n' +
                   "  code: 'ERR_X'\n" +
                   '}');
assert.strictEqual(inspect(renamed),
                   'Error: boom\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2) {\n' +
                   "  name: 'Renamed'\n" +
                   '}');
assert.strictEqual(inspect(noStack),
                   '[Error: no stack]');
assert.strictEqual(inspect(noFrames),
                   '[TypeError: no frames]');
assert.strictEqual(inspect(sub),
                   'MyError: sub\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2)');
assert.strictEqual(inspect(noProto),
                   '[Error: null prototype]: np\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2)');
assert.strictEqual(inspect(cause),
                   'Error: outer\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2) {\n' +
                   '  [cause]: Error: inner\n' +
                   '      at fn (/app/a.js:1:1)\n' +
                   '      at other (/app/b.js:2:2)\n' +
                   '}');
assert.strictEqual(inspect(primitiveCause),
                   'Error: outer\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2) {\n' +
                   "  [cause]: 'just a string'\n" +
                   '}');
assert.strictEqual(inspect(aggregate),
                   'AggregateError: agg\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2) {\n' +
                   '  [errors]: [\n' +
                   '    Error: a\n' +
                   '        at fn (/app/a.js:1:1)\n' +
                   '        at other (/app/b.js:2:2),\n' +
                   "    'b'\n" +
                   '  ]\n' +
                   '}');
assert.strictEqual(inspect(sharedFrames),
                   'Error: top\n' +
                   '    at p (/app/p.js:8:8)\n' +
                   '    at x (/app/x.js:1:1)\n' +
                   '    ... 3 lines matching cause stack trace ...\n' +
                   '    at v (/app/v.js:5:5) {\n' +
                   '  [cause]: Error: bottom\n' +
                   '      at q (/app/q.js:9:9)\n' +
                   '      at x (/app/x.js:1:1)\n' +
                   '      at y (/app/y.js:2:2)\n' +
                   '      at z (/app/z.js:3:3)\n' +
                   '      at w (/app/w.js:4:4)\n' +
                   '      at v (/app/v.js:5:5)\n' +
                   '}');
assert.strictEqual(inspect({ nested: plain }),
                   '{\n' +
                   '  nested: Error: boom\n' +
                   '      at fn (/app/a.js:1:1)\n' +
                   '      at other (/app/b.js:2:2)\n' +
                   '}');
assert.strictEqual(inspect([plain]),
                   '[\n' +
                   '  Error: boom\n' +
                   '      at fn (/app/a.js:1:1)\n' +
                   '      at other (/app/b.js:2:2)\n' +
                   ']');
assert.strictEqual(inspect(plain, { showHidden: true }),
                   'Error: boom\n' +
                   '    at fn (/app/a.js:1:1)\n' +
                   '    at other (/app/b.js:2:2) {\n' +
                   "  [stack]: 'Error: boom\\n    at fn (/app/a.js:1:1)\\n" +
                   "    at other (/app/b.js:2:2)',\n" +
                   "  [message]: 'boom'\n" +
                   '}');
assert.strictEqual(inspect(core, { colors: true }),
                   'Error: core\n' +
                   '    at fn (/app/node_modules/\u001b[4mpkg\u001b[24m/index.js:1:1)\n' +
                   '\u001b[90m    at Module._compile (node:internal/modules/cjs/loader:1:1)' +
                   '\u001b[39m');
assert.strictEqual(inspect({ a: { b: { c: withCode } } }),
                   '{ a: { b: { c: [Error] } } }');

