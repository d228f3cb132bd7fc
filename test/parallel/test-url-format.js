'use strict';
// url.format() of legacy objects (escaping, slashes, hosts, query objects) and of URL
// instances with the fragment, unicode, search and auth options.
require('../common');
const assert = require('assert');
const url = require('url');

const objects = [
  [{ protocol: 'http', host: 'a.com', pathname: 'x?y#z', search: 'q#r', hash: 'h' },
   'http://a.com/x%3Fy%23z?q%23r#h'],
  [{ protocol: 'mailto', auth: 'a b@c', hostname: 'x.com' }, 'mailto:a%20b%40c@x.com'],
  [{ protocol: 'file', pathname: '/etc' }, 'file:///etc'],
  [{ protocol: 'file:' }, 'file://'],
  [{ hostname: '::1', port: 8080, pathname: '/' }, '[::1]:8080/'],
  [{ hostname: '[::1]' }, '[::1]'],
  [{ protocol: 'http:', slashes: true, query: { a: [1, 2], b: 'c d' } }, 'http://?a=1&a=2&b=c%20d'],
  [{ protocol: 'xmpp', pathname: 'x' }, 'xmpp:x'],
  [{ protocol: 'xmpp', slashes: true, pathname: 'x' }, 'xmpp:///x'],
  [{ auth: ':@/?', host: 'h' }, ':%40%2F%3F@h'],
  [{}, ''],
  [{ href: 'http://x/', protocol: 'http:' }, 'http:'],
];
for (const [object, expected] of objects) {
  assert.strictEqual(url.format(object), expected, JSON.stringify(object));
  assert.strictEqual(url.Url.prototype.format.call(object), expected);
}
assert.strictEqual(url.format('  HTTP://A.com/x y'), 'http://a.com/x%20y');
assert.strictEqual(url.parse('http://a.com/x').format(), 'http://a.com/x');

const whatwg = new URL('http://u:p@xn--espaol-zwa.com:81/a?b#c');
const options = [
  [undefined, 'http://u:p@xn--espaol-zwa.com:81/a?b#c'],
  [{}, 'http://u:p@xn--espaol-zwa.com:81/a?b#c'],
  [{ unicode: true }, 'http://u:p@español.com:81/a?b#c'],
  [{ auth: false }, 'http://xn--espaol-zwa.com:81/a?b#c'],
  [{ search: false }, 'http://u:p@xn--espaol-zwa.com:81/a#c'],
  [{ fragment: false }, 'http://u:p@xn--espaol-zwa.com:81/a?b'],
  [{ unicode: 1, auth: 0 }, 'http://español.com:81/a?b#c'],
];
for (const [option, expected] of options) {
  assert.strictEqual(url.format(whatwg, option), expected, JSON.stringify(option));
}
assert.throws(() => url.format(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (5)',
});
assert.throws(() => url.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.format(whatwg, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
