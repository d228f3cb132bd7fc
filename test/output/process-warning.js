'use strict';
// process.emitWarning: printed on stderr as "(node:PID) Name: message", once per emit.
process.emitWarning('something happened');
process.emitWarning('with a code', { type: 'CustomWarning', code: 'CODE42' });
process.emitWarning('old API', 'DeprecationWarning', 'DEP0999');
console.log('done');
