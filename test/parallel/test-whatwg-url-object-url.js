'use strict';
// URL.createObjectURL() and URL.revokeObjectURL(): blob:nodedata:<uuid> URLs for Blobs.
require('../common');
const assert = require('assert');

const blob = new Blob(['x']);
const objectURL = URL.createObjectURL(blob);
assert.match(objectURL, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
URL.revokeObjectURL(objectURL);
URL.revokeObjectURL('blob:nodedata:unknown');
URL.revokeObjectURL('not a url');
assert.throws(() => URL.createObjectURL('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "obj" argument must be an instance of Blob. Received type string (\'x\')',
});
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
