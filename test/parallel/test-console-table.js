'use strict';
// console.table(): Node 20's box drawing, cells aligned left, the (index), (iteration index),
// Key and Values columns, the properties filter and display widths of wide characters.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const stdout = Object.assign(new EventEmitter(), {
  write(chunk) { out.push(chunk); return true; },
});
const c = new Console(stdout);

function table(...args) {
  out.length = 0;
  c.table(...args);
  assert.strictEqual(out.length, 1);
  return out[0];
}
const lines = (...rows) => `${rows.join('\n')}\n`;

// Not tabular data: logged as it is.
assert.strictEqual(table('str'), 'str\n');
assert.strictEqual(table(5), '5\n');
assert.strictEqual(table(null), 'null\n');
assert.strictEqual(table(undefined), 'undefined\n');
assert.strictEqual(table(Symbol('s')), 'Symbol(s)\n');

assert.strictEqual(table([1, 'two', null, undefined]), lines(
  '┌─────────┬───────────┐',
  '│ (index) │ Values    │',
  '├─────────┼───────────┤',
  '│ 0       │ 1         │',
  "│ 1       │ 'two'     │",
  '│ 2       │ null      │',
  '│ 3       │ undefined │',
  '└─────────┴───────────┘'));

assert.strictEqual(table({ a: { x: 1, y: 2 }, b: { y: 3, z: 4 }, c: 5 }), lines(
  '┌─────────┬───┬───┬───┬────────┐',
  '│ (index) │ x │ y │ z │ Values │',
  '├─────────┼───┼───┼───┼────────┤',
  '│ a       │ 1 │ 2 │   │        │',
  '│ b       │   │ 3 │ 4 │        │',
  '│ c       │   │   │   │ 5      │',
  '└─────────┴───┴───┴───┴────────┘'));

assert.strictEqual(table([[1, 2], [3, 4, 5]]), lines(
  '┌─────────┬───┬───┬───┐',
  '│ (index) │ 0 │ 1 │ 2 │',
  '├─────────┼───┼───┼───┤',
  '│ 0       │ 1 │ 2 │   │',
  '│ 1       │ 3 │ 4 │ 5 │',
  '└─────────┴───┴───┴───┘'));

// properties: these columns, in this order.
assert.strictEqual(table([{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }], ['c', 'a']), lines(
  '┌─────────┬───┬───┐',
  '│ (index) │ c │ a │',
  '├─────────┼───┼───┤',
  '│ 0       │ 3 │ 1 │',
  '│ 1       │ 6 │ 4 │',
  '└─────────┴───┴───┘'));
assert.strictEqual(table([{ a: 1 }, 2], ['a', 'missing']), lines(
  '┌─────────┬───┬─────────┐',
  '│ (index) │ a │ missing │',
  '├─────────┼───┼─────────┤',
  '│ 0       │ 1 │         │',
  '│ 1       │   │         │',
  '└─────────┴───┴─────────┘'));
for (const properties of ['a', {}, null, 1]) {
  assert.throws(() => c.table([{ a: 1 }], properties), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "properties" argument must be an instance of Array\./,
  });
}

assert.strictEqual(table(new Map([['k', 1], [{ o: 1 }, [1, 2, 3, 4]]])), lines(
  '┌───────────────────┬──────────┬──────────────────────────────┐',
  '│ (iteration index) │ Key      │ Values                       │',
  '├───────────────────┼──────────┼──────────────────────────────┤',
  "│ 0                 │ 'k'      │ 1                            │",
  '│ 1                 │ { o: 1 } │ [ 1, 2, 3, ... 1 more item ] │',
  '└───────────────────┴──────────┴──────────────────────────────┘'));

assert.strictEqual(table(new Set(['a', { b: 1, c: 2, d: 3 }])), lines(
  '┌───────────────────┬──────────┐',
  '│ (iteration index) │ Values   │',
  '├───────────────────┼──────────┤',
  "│ 0                 │ 'a'      │",
  '│ 1                 │ [Object] │',
  '└───────────────────┴──────────┘'));

const map = new Map([[1, 2]]);
assert.strictEqual(table(map.keys()), lines(
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  '│ 0                 │ 1      │',
  '└───────────────────┴────────┘'));
assert.strictEqual(table(map.entries()), lines(
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  '│ 0                 │ 1   │ 2      │',
  '└───────────────────┴─────┴────────┘'));

// Display width: CJK characters and emoji take two columns.
assert.strictEqual(table([{ name: '中文', v: '😀' }]), lines(
  '┌─────────┬────────┬──────┐',
  '│ (index) │ name   │ v    │',
  '├─────────┼────────┼──────┤',
  "│ 0       │ '中文' │ '😀' │",
  '└─────────┴────────┴──────┘'));

assert.strictEqual(table([]), lines(
  '┌─────────┐',
  '│ (index) │',
  '├─────────┤',
  '└─────────┘'));

// Nested objects are shown one level deep.
assert.strictEqual(table([{ a: { b: { c: 1 } } }]), lines(
  '┌─────────┬─────────────────┐',
  '│ (index) │ a               │',
  '├─────────┼─────────────────┤',
  '│ 0       │ { b: [Object] } │',
  '└─────────┴─────────────────┘'));
