'use strict';
// url.parse() moves an invalid port into the path and warns once (DEP0170); no warning for
// url.parse() itself without --pending-deprecation.
const common = require('../common');
const assert = require('assert');
const url = require('url');

common.expectWarning('DeprecationWarning',
                     'The URL http://a.com:abc/x is invalid. Future versions of Node.js will throw an error.',
                     'DEP0170');
const parsed = url.parse('http://a.com:abc/x');
assert.strictEqual(parsed.host, 'a.com');
assert.strictEqual(parsed.port, null);
assert.strictEqual(parsed.pathname, '/:abc/x');
assert.strictEqual(url.parse('http://a.com:abd/x').pathname, '/:abd/x');
assert.strictEqual(url.parse('http://a.com:99999/x').port, '99999');
