'use strict';
// assert(value) and assert.ok(value) without a message: the message shows the source text
// of the failing call, read from this file; and the other messages of ok().
require('../common');
const assert = require('assert');

function failure(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

function checkSource(fn, source, actual) {
  const err = failure(fn);
  assert.strictEqual(err.message, `The expression evaluated to a falsy value:\n\n  ${source}\n`);
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.operator, '==');
  assert.strictEqual(err.expected, true);
  assert.strictEqual(err.actual, actual);
}

checkSource(() => assert.ok(false), 'assert.ok(false)', false);
checkSource(() => assert(null), 'assert(null)', null);
checkSource(() => assert(0 === 1), 'assert(0 === 1)', false);
checkSource(() => assert.ok(typeof 123 === 'string'), "assert.ok(typeof 123 === 'string')", false);
checkSource(() => assert.ok(''), "assert.ok('')", '');
checkSource(() => assert.ok(0, undefined), 'assert.ok(0, undefined)', 0);
checkSource(() => assert.ok(0, null), 'assert.ok(0, null)', 0);
checkSource(() => assert.strict(0), 'assert.strict(0)', 0);
checkSource(() => assert.strict.ok(NaN), 'assert.strict.ok(NaN)', NaN);
checkSource(() => { const x = [assert.ok(0)]; return x; }, 'assert.ok(0)', 0);
checkSource(() => assert.ok([1, 2].includes(3)), 'assert.ok([1, 2].includes(3))', false);
checkSource(() => assert.ok(0 /* ) */), 'assert.ok(0 /* ) */)', 0);
checkSource(() => assert.ok(`${1}` === '2'), "assert.ok(`${1}` === '2')", false);
checkSource(() => assert.ok(/\)/.test('x')), "assert.ok(/\\)/.test('x'))", false);
checkSource(() => assert.ok.call(null, 0), 'assert.ok.call(null, 0)', 0);
checkSource(() => Reflect.apply(assert.ok, null, [0]), 'Reflect.apply(assert.ok, null, [0])', 0);
checkSource(() => (0, assert.ok)(0), '(0, assert.ok)(0)', 0);
checkSource(() => assert['ok'](0), "assert['ok'](0)", 0);
checkSource(() => require('assert').ok(0), "require('assert').ok(0)", 0);
// The callee is a call ending where V8 points: that inner call is what Node shows.
checkSource(() => require('assert')(0), "require('assert')", 0);

// Later lines lose up to as much indentation as the call had on its first line.
checkSource(() => assert.ok(
  typeof 123 === 'string' &&
    true,
), "assert.ok(\n  typeof 123 === 'string' &&\n  true,\n  )", false);

// Only the line of the frame and what follows are read.
checkSource(() => assert
  .ok(0), 'ok(0)', 0);

// A trailing comma after the call spoils every expression on the line: no source then.
{
  const err = failure(() => [
    assert.ok(0),
  ]);
  assert.strictEqual(err.message, '0 == true');
  assert.strictEqual(err.generatedMessage, true);
}

// Source that cannot be read: eval code, new Function.
for (const fn of [() => eval('assert.ok(0)'),
                  () => new Function('assert', 'assert.ok(0)')(assert)]) {
  const err = failure(fn);
  assert.strictEqual(err.message, '0 == true');
  assert.strictEqual(err.generatedMessage, true);
}

// No argument at all.
{
  const err = failure(() => assert.ok());
  assert.strictEqual(err.message, 'No value argument passed to `assert.ok()`');
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.actual, undefined);
  const err2 = failure(() => assert());
  assert.strictEqual(err2.message, 'No value argument passed to `assert.ok()`');
}

// A message.
{
  const err = failure(() => assert.ok(false, 'custom'));
  assert.strictEqual(err.message, 'custom');
  assert.strictEqual(err.generatedMessage, false);
  const err2 = failure(() => assert(0, 5));
  assert.strictEqual(err2.message, '5');
  assert.strictEqual(err2.generatedMessage, false);
  // forEach passes the index as the message.
  const err3 = failure(() => [0].forEach(assert));
  assert.strictEqual(err3.message, '0');
  assert.strictEqual(err3.generatedMessage, false);
}

// An Error as the message is thrown as it is.
{
  const own = new TypeError('own');
  assert.strictEqual(failure(() => assert.ok(0, own)), own);
}

// Truthy values pass.
for (const value of [1, 'a', {}, [], () => {}, Symbol('s'), 1n, -1, Infinity]) {
  assert.ok(value);
  assert(value);
}
