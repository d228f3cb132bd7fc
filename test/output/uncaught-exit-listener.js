'use strict';
// 'exit' listeners run before the report is printed and may change the exit code.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
});
setTimeout(() => {
  throw new RangeError('late');
}, 1);
