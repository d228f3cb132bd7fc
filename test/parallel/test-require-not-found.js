'use strict';
// MODULE_NOT_FOUND: the message with its require stack, `code` and `requireStack`; a bad
// package.json "main" (error, or fallback to index with DEP0128); non-string and empty ids.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const inner = tmpdir.resolve('inner.js');
fs.writeFileSync(inner, 'module.exports = () => require("./missing-thing");');

assert.throws(() => require('no-such-package-xyz'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'no-such-package-xyz'\nRequire stack:\n- ${__filename}`,
  requireStack: [__filename],
});
assert.throws(() => require(inner)(), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module './missing-thing'\nRequire stack:\n" +
           `- ${inner}\n- ${__filename}`,
  requireStack: [inner, __filename],
});

try {
  require('./no-such-file');
} catch (err) {
  assert.deepStrictEqual(Object.keys(err), ['code', 'requireStack']);
  assert.strictEqual(err.name, 'Error');
}

// "main" pointing nowhere and no index: an error naming the main file.
const noMain = tmpdir.resolve('nomain');
fs.mkdirSync(noMain);
fs.writeFileSync(path.join(noMain, 'package.json'), '{"main": "lost.js"}');
assert.throws(() => require(noMain), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(noMain, 'lost.js')}'. ` +
           'Please verify that the package.json has a valid "main" entry',
  path: path.join(noMain, 'package.json'),
  requestPath: noMain,
});

// With an index to fall back to, it loads with a deprecation warning.
const badMain = tmpdir.resolve('badmain');
fs.mkdirSync(badMain);
fs.writeFileSync(path.join(badMain, 'package.json'), '{"main": "lost.js"}');
fs.writeFileSync(path.join(badMain, 'index.js'), 'module.exports = "index";');
common.expectWarning('DeprecationWarning',
                     `Invalid 'main' field in '${path.join(badMain, 'package.json')}' of ` +
                     "'lost.js'. Please either fix that or report it to the module author",
                     'DEP0128');
assert.strictEqual(require(badMain), 'index');

assert.throws(() => require(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require.resolve(1), { code: 'ERR_INVALID_ARG_TYPE', message: /"request"/ });
