'use strict';
// DOMException's getters only work on DOMExceptions; the error they throw is a TypeError
// with code ERR_INVALID_THIS and Node's message for this class.
require('../common');
const assert = require('assert');

const fake = Object.create(DOMException.prototype);
for (const receiver of [fake, {}, new Error('e'), null, undefined, 1, 'str']) {
  for (const name of ['name', 'message', 'code']) {
    const { get } = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
    assert.throws(() => get.call(receiver), (err) => {
      assert.ok(err instanceof TypeError);
      assert.strictEqual(err.code, 'ERR_INVALID_THIS');
      assert.strictEqual(err.message, 'Value of "this" must be of DOMException');
      assert.strictEqual(err.name, 'TypeError');
      assert.strictEqual(String(err),
                         'TypeError [ERR_INVALID_THIS]: Value of "this" must be of DOMException');
      return true;
    });
  }
}
assert.throws(() => DOMException.prototype.code, { code: 'ERR_INVALID_THIS' });
