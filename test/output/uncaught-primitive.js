'use strict';
// Throwing a primitive: Node prints it plainly after the source arrow, with the
// --trace-uncaught hint, and exits 1.
console.log('start');
throw 'a plain string';
