'use strict';
// process.exitCode set by the program, and 'exit' listeners running in order with the code.
process.on('exit', (code) => console.log('exit listener 1, code', code));
process.on('exit', (code) => console.log('exit listener 2, code', code));
setTimeout(() => console.log('timer'), 1);
process.nextTick(() => console.log('tick'));
console.log('main');
process.exitCode = 42;
