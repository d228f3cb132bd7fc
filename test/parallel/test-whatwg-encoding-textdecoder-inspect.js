'use strict';
// util.inspect() of a TextDecoder: class name and options; with showHidden, the flags and
// the converter that streaming (or a non-UTF-8 encoding) brings.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const decoder = new TextDecoder();
assert.strictEqual(inspect(decoder),
                   'TextDecoder { encoding: \'utf-8\', fatal: false, ignoreBOM: false }');
assert.strictEqual(inspect(decoder, { showHidden: true }), [
  'TextDecoder {',
  '  encoding: \'utf-8\',',
  '  fatal: false,',
  '  ignoreBOM: false,',
  '  [Symbol(flags)]: 0,',
  '  [Symbol(handle)]: undefined',
  '}',
].join('\n'));
decoder.decode(new Uint8Array(0), { stream: true });
assert.match(inspect(decoder, { showHidden: true }), /\[Symbol\(handle\)\]: Converter \{\}\n\}$/);

const fatal = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
assert.strictEqual(inspect(fatal),
                   'TextDecoder { encoding: \'utf-16le\', fatal: true, ignoreBOM: true }');
assert.match(inspect(fatal, { showHidden: true }),
             /\[Symbol\(flags\)\]: 6,\n {2}\[Symbol\(handle\)\]: Converter \{\}/);

assert.strictEqual(inspect({ a: new TextDecoder('latin1') }), [
  '{',
  '  a: TextDecoder { encoding: \'windows-1252\', fatal: false, ignoreBOM: false }',
  '}',
].join('\n'));
assert.strictEqual(inspect(decoder, { depth: -1 }), '[TextDecoder]');

class MyDecoder extends TextDecoder {}
assert.strictEqual(inspect(new MyDecoder()),
                   'MyDecoder { encoding: \'utf-8\', fatal: false, ignoreBOM: false }');

assert.throws(() => inspect(Object.create(TextDecoder.prototype)), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type TextDecoder',
});
