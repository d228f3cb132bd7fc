// Flags: --pending-deprecation
'use strict';
// With --pending-deprecation, loading punycode warns once (DEP0040).
const common = require('../common');

common.expectWarning('DeprecationWarning',
                     'The `punycode` module is deprecated. Please use a userland alternative instead.',
                     'DEP0040');
require('punycode');
require('punycode');
