'use strict';
// util.inspect of DOMException: like an error, the class name before the name.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const firstLine = (value) => inspect(value).split('\n')[0];
assert.strictEqual(firstLine(new DOMException('msg', 'AbortError')),
                   'DOMException [AbortError]: msg');
assert.strictEqual(firstLine(new DOMException('msg')), 'DOMException [Error]: msg');
class MyException extends DOMException {}
assert.strictEqual(firstLine(new MyException('msg', 'DataCloneError')),
                   'MyException [DOMException] [DataCloneError]: msg');

const withProps = new DOMException('msg', 'AbortError');
withProps.extra = 1;
assert.match(inspect(withProps), /\{\n {2}extra: 1\n\}$/);

const withCause = new DOMException('msg', { name: 'AbortError', cause: 'why' });
assert.match(inspect(withCause), /\[cause\]: 'why'\n\}$/);

// The class shows its constants.
assert.match(inspect(DOMException), /^\[class DOMException\] \{\n {2}INDEX_SIZE_ERR: 1,/);
