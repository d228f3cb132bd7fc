'use strict';
// util.styleText(): ANSI codes from inspect.colors, stream validation, and colors dropped for
// a single style when the stream would not show them.
require('../common');
const assert = require('assert');
const util = require('util');
const { PassThrough } = require('stream');

// Colors follow FORCE_COLOR when it is set; these checks are about TTY detection.
delete process.env.FORCE_COLOR;

const noValidate = { validateStream: false };
assert.strictEqual(util.styleText('red', 'x', noValidate), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red', 'underline'], 'x', noValidate),
                   '\u001b[1m\u001b[31m\u001b[4mx\u001b[24m\u001b[39m\u001b[22m');
assert.strictEqual(util.styleText([], 'x', noValidate), 'x');
// Aliases that inspect.colors has as hidden properties are accepted too.
assert.strictEqual(util.styleText('grey', 'x', noValidate), '\u001b[90mx\u001b[39m');

// A stream without colors (not a TTY) gets the plain text for a single style.
const plain = new PassThrough();
assert.strictEqual(util.styleText('red', 'x', { stream: plain }), 'x');
const tty = new PassThrough();
tty.isTTY = true;
assert.strictEqual(util.styleText('red', 'x', { stream: tty }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText('red', 'x', { stream: new WritableStream() }), 'x');
assert.strictEqual(util.styleText('red', 'x', { stream: new ReadableStream() }), 'x');

const formatMessage = 'The argument \'format\' must be one of: ' +
  Object.keys(util.inspect.colors).map((key) => `'${key}'`).join(', ') + '.';
for (const format of ['nope', 'toString', 5, ['red', 'nope']]) {
  const bad = Array.isArray(format) ? format[1] : format;
  assert.throws(() => util.styleText(format, 'x', noValidate), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `${formatMessage} Received ${util.inspect(bad)}`,
  });
}
assert.throws(() => util.styleText('red', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});
assert.throws(() => util.styleText('red', 'x', { validateStream: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. ' +
    'Received type number (5)',
});
for (const stream of [5, {}, { isTTY: true }]) {
  assert.throws(() => util.styleText('red', 'x', { stream }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, ' +
      `or Stream.${require('../common').invalidArgTypeHelper(stream)}`,
  });
}
