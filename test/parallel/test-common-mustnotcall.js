'use strict';
// common.mustNotCall: throws an AssertionError naming the place it was created.
const common = require('../common');
const assert = require('assert');

const fn = common.mustNotCall();
assert.throws(() => fn(), {
  code: 'ERR_ASSERTION',
  message: new RegExp(`^function should not have been called at ${__filename}:\\d+$`),
});

assert.throws(() => common.mustNotCall('custom message')(1, 'two'), {
  code: 'ERR_ASSERTION',
  message: /^custom message at .*test-common-mustnotcall\.js:\d+\ncalled with arguments: 1, 'two'$/,
});

// getCallSite gives "file:line" of its caller.
const lineOf = (err) => err.stack.split('\n')[1].match(/:(\d+):\d+\)?$/)[1];
const [site, line] = [common.getCallSite(), lineOf(new Error())];
assert.strictEqual(site, `${__filename}:${line}`);
// With a function: the place that called it.
function caller() { return common.getCallSite(caller); }
const [outer, outerLine] = [caller(), lineOf(new Error())];
assert.strictEqual(outer, `${__filename}:${outerLine}`);
