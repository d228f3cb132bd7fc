'use strict';
// An unhandled rejection with Node 20's default mode: reported as an uncaught error, exit 1.
process.on('exit', (code) => console.log('exit', code));
async function f() {
  await null;
  throw new SyntaxError('in async');
}
f();
