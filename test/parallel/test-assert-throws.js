'use strict';
// assert.throws(): validation by class, RegExp, object (each key, RegExp values against
// strings) and function; the "Missing expected exception" messages; argument errors.
require('../common');
const assert = require('assert');

const thrower = (err) => () => { throw err; };

function failure(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

function check(fn, expected) {
  const err = failure(fn);
  for (const key of Object.keys(expected)) {
    assert.strictEqual(err[key], expected[key], `${key}: ${err[key]}`);
  }
  return err;
}

const assertion = (message, generatedMessage = true) =>
  ({ name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'throws', message, generatedMessage });

// Passing validations return undefined.
assert.strictEqual(assert.throws(thrower(new TypeError('x'))), undefined);
assert.throws(thrower(new TypeError('x')), TypeError);
assert.throws(thrower(new TypeError('x')), Error);
assert.throws(thrower(new Error('boom')), /bo+m/);
assert.throws(thrower('a string'), /string/);
assert.throws(thrower(new Error('boom')), { message: 'boom' });
assert.throws(thrower(new Error('boom')), { message: /bo/, name: 'Error' });
assert.throws(thrower(new TypeError('boom')), new TypeError('boom'));
assert.throws(thrower(new Error('x')), (err) => err instanceof Error);
assert.throws(thrower(new Error('x')), null);
{
  const err = Object.assign(new Error('x'), { code: 'E', info: { a: [1] } });
  assert.throws(thrower(err), { code: 'E', info: { a: [1] } });
}

// Nothing thrown.
check(() => assert.throws(() => {}), assertion('Missing expected exception.', false));
check(() => assert.throws(() => {}, 'custom'),
      assertion('Missing expected exception: custom', false));
check(() => assert.throws(() => {}, TypeError),
      { ...assertion('Missing expected exception (TypeError).', false), expected: TypeError });
check(() => assert.throws(() => {}, TypeError, 'custom'),
      assertion('Missing expected exception (TypeError): custom', false));
check(() => assert.throws(() => {}, { name: 'X' }),
      assertion('Missing expected exception (X).', false));
check(() => assert.throws(() => {}, /x/), assertion('Missing expected exception.', false));
{
  const err = check(() => assert.throws(() => {}), { actual: undefined });
  assert.strictEqual(err.expected, undefined);
}

// Class validation.
check(() => assert.throws(thrower(new TypeError('x')), RangeError),
      assertion('The error is expected to be an instance of "RangeError". Received "TypeError"' +
                '\n\nError message:\n\nx'));
check(() => assert.throws(thrower(new TypeError('x')), class TypeError extends Error {}),
      assertion('The error is expected to be an instance of "TypeError". Received an error ' +
                'with identical name but a different prototype.\n\nError message:\n\nx'));
check(() => assert.throws(thrower(new TypeError('')), RangeError),
      assertion('The error is expected to be an instance of "RangeError". Received "TypeError"'));
check(() => assert.throws(thrower(5), RangeError),
      assertion('The error is expected to be an instance of "RangeError". Received "5"'));
check(() => assert.throws(thrower({ a: 1 }), RangeError),
      assertion('The error is expected to be an instance of "RangeError". Received "[Object]"'));
{
  const thrown = new TypeError('x');
  const err = check(() => assert.throws(thrower(thrown), RangeError), {});
  assert.strictEqual(err.actual, thrown);
  assert.strictEqual(err.expected, RangeError);
}

// RegExp validation: String(thrown) must match.
check(() => assert.throws(thrower(new Error('boom')), /bang/),
      assertion("The input did not match the regular expression /bang/. Input:\n\n'Error: boom'\n"));
check(() => assert.throws(thrower(new Error('boom')), /bang/, 'custom'),
      assertion('custom', false));

// Object validation: a diff of the compared keys.
check(() => assert.throws(thrower(new Error('boom')), { message: 'bang', name: 'Error' }),
      assertion('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                "  Comparison {\n+   message: 'boom',\n-   message: 'bang',\n    name: 'Error'\n  }"));
check(() => assert.throws(thrower(new Error('boom')), { message: /bang/, name: /Err/ }),
      assertion('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                "  Comparison {\n+   message: 'boom',\n-   message: /bang/,\n    name: 'Error'\n  }"));
check(() => assert.throws(thrower(new Error('boom')), { code: 'X' }),
      assertion('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                "+ Comparison {}\n- Comparison {\n-   code: 'X'\n- }"));
check(() => assert.throws(thrower(Object.assign(new Error('b'), { info: { a: 1 } })),
                          { info: { a: 2 } }),
      assertion('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                '  Comparison {\n    info: {\n+     a: 1\n-     a: 2\n    }\n  }'));
check(() => assert.throws(thrower(new Error('boom')), { message: 'x' }, 'custom'),
      assertion('custom', false));
{
  const thrown = new Error('boom');
  const expected = { message: 'x' };
  const err = check(() => assert.throws(thrower(thrown), expected), {});
  assert.strictEqual(err.actual, thrown);
  assert.strictEqual(err.expected, expected);
}
// An Error instance as validation object: its name and message are compared too.
check(() => assert.throws(thrower(new TypeError('boom')), new TypeError('bang')),
      assertion('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                "  Comparison {\n+   message: 'boom',\n-   message: 'bang',\n    name: 'TypeError'\n  }"));
check(() => assert.throws(thrower(new TypeError('boom')), new RangeError('boom')),
      assertion('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                "  Comparison {\n    message: 'boom',\n+   name: 'TypeError'\n-   name: 'RangeError'\n  }"));
// A primitive thrown against a validation object.
check(() => assert.throws(thrower('str'), { message: 'x' }),
      assertion('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                "+ 'str'\n- {\n-   message: 'x'\n- }"));
check(() => assert.throws(thrower(5), { a: 1 }, 'custom'),
      assertion('custom\n+ actual - expected\n\n+ 5\n- {\n-   a: 1\n- }', false));
check(() => assert.throws(thrower(new Error('boom')), {}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});

// Validation functions must return true.
check(() => assert.throws(thrower(new Error('x')), function check() { return false; }),
      assertion('The "check" validation function is expected to return "true". Received false' +
                '\n\nCaught error:\n\nError: x'));
check(() => assert.throws(thrower(new Error('x')), (() => () => 1)()),
      assertion('The validation function is expected to return "true". Received 1' +
                '\n\nCaught error:\n\nError: x'));
check(() => assert.throws(thrower(3), (() => () => undefined)()),
      assertion('The validation function is expected to return "true". Received undefined'));
{
  const inner = new RangeError('inner');
  assert.strictEqual(failure(() => assert.throws(thrower(3), () => { throw inner; })), inner);
}

// A string as second argument is the message.
check(() => assert.throws(thrower(new Error('same')), 'same'), {
  name: 'TypeError',
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
           'The error message "same" is identical to the message.',
});
check(() => assert.throws(thrower('same'), 'same'), {
  name: 'TypeError',
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error "same" is identical to the message.',
});
assert.throws(thrower(new Error('x')), 'a message that is not the error message');

// Argument errors.
check(() => assert.throws(thrower(new Error('x')), 'a', 'b'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, ' +
           "or Object. Received type string ('a')",
});
check(() => assert.throws(thrower(new Error('x')), 5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, ' +
           'or Object. Received type number (5)',
});
check(() => assert.throws('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'x\')',
});

// An Error as the message is thrown instead of an AssertionError.
{
  const own = new RangeError('own');
  check(() => assert.throws(() => {}, undefined, own),
        assertion('Missing expected exception: RangeError: own', false));
  assert.strictEqual(failure(() => assert.throws(thrower(new Error('x')), { message: 'y' }, own)), own);
}
