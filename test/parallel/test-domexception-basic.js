'use strict';
// DOMException: message and name (from a string or an options bag with name and cause), the
// legacy code of the name, Error-likeness and the stack.
require('../common');
const assert = require('assert');

{
  const err = new DOMException('msg', 'NotFoundError');
  assert.strictEqual(err.message, 'msg');
  assert.strictEqual(err.name, 'NotFoundError');
  assert.strictEqual(err.code, 8);
  assert.ok(err instanceof DOMException);
  assert.ok(err instanceof Error);
  assert.strictEqual(String(err), 'NotFoundError: msg');
  assert.strictEqual(Object.prototype.toString.call(err), '[object DOMException]');
  assert.deepStrictEqual(Reflect.ownKeys(err), ['stack']);
  assert.deepStrictEqual(Object.keys(err), []);
  assert.strictEqual(JSON.stringify(err), '{}');
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], 'NotFoundError: msg');
  assert.match(lines[1], /^ {4}at new DOMException \(node:internal\/per_context\/domexception:/);
  assert.match(lines[2], /test-domexception-basic\.js/);
  assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'stack').enumerable, false);
}

{
  const err = new DOMException();
  assert.strictEqual(err.message, '');
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.code, 0);
  assert.strictEqual(String(err), 'Error');
  assert.strictEqual(new DOMException(undefined, undefined).name, 'Error');
  assert.strictEqual(new DOMException(null, null).name, 'null');
  assert.strictEqual(new DOMException(null).message, 'null');
  assert.strictEqual(new DOMException({}).message, '[object Object]');
  assert.strictEqual(new DOMException('', 5).name, '5');
  assert.strictEqual(new DOMException('', () => 1).name, '() => 1');
  assert.strictEqual(new DOMException('', 'Unknown').code, 0);
  assert.throws(() => new DOMException(Symbol('m')), TypeError);
  assert.throws(() => new DOMException('', Symbol('n')), TypeError);
}

{
  // The options bag: name (converted to a string) and cause (only when present).
  const cause = new Error('cause');
  const err = new DOMException('msg', { name: 'AbortError', cause });
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 20);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'cause'),
                         { value: cause, writable: true, enumerable: false, configurable: true });
  assert.strictEqual(new DOMException('msg', {}).name, 'undefined');
  assert.strictEqual(new DOMException('msg', []).name, 'undefined');
  assert.strictEqual(new DOMException('msg', { name: 5 }).name, '5');
  assert.strictEqual(Object.hasOwn(new DOMException('msg', {}), 'cause'), false);
  assert.strictEqual(Object.hasOwn(new DOMException('msg', 'AbortError'), 'cause'), false);
  const undefinedCause = new DOMException('msg', { cause: undefined });
  assert.strictEqual(Object.hasOwn(undefinedCause, 'cause'), true);
  assert.strictEqual(undefinedCause.cause, undefined);

  const read = [];
  new DOMException('msg', {
    get name() { read.push('name'); return 'X'; },
    get cause() { read.push('cause'); return 1; },
  });
  assert.deepStrictEqual(read, ['name', 'cause']);
}

{
  // name, message and code are read-only.
  const err = new DOMException('msg', 'DataCloneError');
  assert.throws(() => { err.name = 'X'; }, TypeError);
  assert.throws(() => { err.message = 'X'; }, TypeError);
  assert.throws(() => { err.code = 1; }, TypeError);
  assert.strictEqual(err.name, 'DataCloneError');
  assert.strictEqual(err.code, 25);
}

{
  class MyException extends DOMException {
    constructor() {
      super('sub', 'TimeoutError');
    }
  }
  const err = new MyException();
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'TimeoutError');
  assert.strictEqual(err.code, 23);
  assert.strictEqual(err.message, 'sub');
}

{
  // The class itself.
  assert.strictEqual(DOMException.length, 0);
  assert.strictEqual(Object.getPrototypeOf(DOMException), Function.prototype);
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
  assert.strictEqual(DOMException.prototype.toString, Error.prototype.toString);
  assert.throws(() => DOMException(), TypeError);
  assert.deepStrictEqual(
    Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
    { value: 'DOMException', writable: false, enumerable: false, configurable: true });
  for (const name of ['name', 'message', 'code']) {
    const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
    assert.strictEqual(desc.get.name, `get ${name}`);
    assert.strictEqual(desc.set, undefined);
    assert.strictEqual(desc.enumerable, true);
    assert.strictEqual(desc.configurable, true);
  }
}

{
  Error.stackTraceLimit = 0;
  try {
    assert.strictEqual(new DOMException('x', 'TimeoutError').stack, 'TimeoutError: x');
    assert.strictEqual(new DOMException('').stack, 'Error');
  } finally {
    Error.stackTraceLimit = 10;
  }
}
