// Flags: --pending-deprecation
'use strict';
// With --pending-deprecation, url.parse() warns once (DEP0169).
const common = require('../common');
const url = require('url');

common.expectWarning('DeprecationWarning',
                     '`url.parse()` behavior is not standardized and prone to errors that have ' +
                     'security implications. Use the WHATWG URL API instead. CVEs are not issued ' +
                     'for `url.parse()` vulnerabilities.', 'DEP0169');
url.parse('http://a/');
url.parse('http://b/');
url.resolve('http://a/', 'b');
