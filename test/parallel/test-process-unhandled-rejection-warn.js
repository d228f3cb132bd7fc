// Flags: --unhandled-rejections=warn
'use strict';
// --unhandled-rejections=warn: the event is emitted and two warnings follow for each
// rejection, listener or not: the reason (its stack for an error) and the explanation with
// the rejection id; the process goes on and exits with 0.
const common = require('../common');
const assert = require('assert');

const explanation = (id) => 'Unhandled promise rejection. This error originated either by ' +
  'throwing inside of an async function without a catch block, or by rejecting a promise ' +
  'which was not handled with .catch(). To terminate the node process on unhandled ' +
  'promise rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
  `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`;

const error = new Error('warned');
common.expectWarning('UnhandledPromiseRejectionWarning', [
  [error.stack],
  [explanation(1)],
  ['Symbol(reason)'],
  [explanation(2)],
]);

process.on('unhandledRejection', common.mustCall(2));
Promise.reject(error);
Promise.reject(Symbol('reason'));

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(warnings.length, 4);
  // The explanation carries the reason's stack, or none at all.
  assert.strictEqual(warnings[1].stack, error.stack);
  assert.strictEqual(warnings[3].stack,
                     `UnhandledPromiseRejectionWarning: ${explanation(2)}`);
  assert.strictEqual(Object.getPrototypeOf(warnings[1]).constructor.name,
                     'UnhandledPromiseRejectionWarning');
});
