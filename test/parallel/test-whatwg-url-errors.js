'use strict';
// The errors of URL and URLSearchParams: codes, messages, the input and base of
// ERR_INVALID_URL, missing arguments and foreign receivers.
require('../common');
const assert = require('assert');

assert.throws(() => new URL('foo'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'foo');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
  return true;
});
assert.throws(() => new URL('foo', 'bar'), (err) => {
  assert.strictEqual(err.input, 'foo');
  assert.strictEqual(err.base, 'bar');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
  return true;
});
assert.throws(() => new URL('foo', undefined), (err) => !('base' in err));
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => new URL(Symbol('x')), { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });
assert.throws(() => URL(), { name: 'TypeError', message: "Class constructor URL cannot be invoked without 'new'" });

const href = new URL('http://a');
assert.throws(() => { href.href = 'bad'; }, { code: 'ERR_INVALID_URL', input: 'bad' });
assert.strictEqual(href.href, 'http://a/');
assert.throws(() => { 'use strict'; href.origin = 'x'; }, TypeError);

// Foreign receivers: V8's brand-check messages, as Node's private members give them.
const receiver = /Receiver must be an instance of class URL/;
const privateMember = /Cannot read private member #context from an object whose class did not declare it/;
const descriptor = (name) => Object.getOwnPropertyDescriptor(URL.prototype, name);
assert.throws(() => descriptor('href').get.call({}), receiver);
assert.throws(() => descriptor('search').get.call({}), receiver);
assert.throws(() => URL.prototype.toString.call({}), receiver);
assert.throws(() => URL.prototype.toJSON.call({}), receiver);
for (const name of ['origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                    'pathname', 'hash']) {
  assert.throws(() => descriptor(name).get.call({}), privateMember);
}
assert.throws(() => descriptor('href').set.call({}, 'x'), privateMember);
assert.throws(() => descriptor('searchParams').get.call({}),
              /Cannot read private member #searchParams/);

// URLSearchParams.
const invalidThis = { code: 'ERR_INVALID_THIS', name: 'TypeError',
                      message: 'Value of "this" must be of type URLSearchParams' };
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
                    'forEach', 'keys', 'values', 'toString']) {
  assert.throws(() => URLSearchParams.prototype[name].call({}, 'a', 'b'), invalidThis);
}
assert.throws(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}),
              invalidThis);
const iteratorNext = Object.getPrototypeOf(new URLSearchParams().keys()).next;
assert.throws(() => iteratorNext.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator',
});

const params = new URLSearchParams();
assert.throws(() => params.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => params.append('a'), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => params.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.has(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.delete(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.getAll(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => params.forEach(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new URLSearchParams([[1]]), {
  code: 'ERR_INVALID_TUPLE', message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams(['ab']), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable',
});
assert.throws(() => new URLSearchParams({ [Symbol('x')]: 1 }), {
  message: 'Cannot convert a Symbol value to a string',
});
assert.throws(() => URLSearchParams(), TypeError);
