'use strict';
// An uncaught exception: the source line with a caret, the stack, exit code 1.
console.log('before');
function thrower() {
  throw new Error('boom');
}
thrower();
