'use strict';
// A listener handles the exception: the program goes on and exits 0.
process.on('uncaughtException', (err, origin) => {
  console.log('handled', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer still runs'), 1);
throw new Error('oops');
