'use strict';
// An 'uncaughtException' listener that throws: exit code 7, the new error reported.
process.on('uncaughtException', (err) => {
  console.log('caught', err.message);
  throw new Error('from handler');
});
throw new Error('first');
