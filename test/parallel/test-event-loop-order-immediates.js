'use strict';
// Between two immediates the nextTick and microtask queues drain; an immediate queued by an
// immediate waits for the next check phase; one cleared from a tick between two immediates
// is skipped and the ones after it still run.
require('../common');
const assert = require('assert');

const log = [];
setTimeout(() => {
  setImmediate(() => {
    log.push('immediate 1');
    process.nextTick(() => {
      log.push('tick from 1');
      clearImmediate(cleared);
    });
    Promise.resolve().then(() => log.push('promise from 1'));
    setImmediate(() => {
      log.push('immediate from 1 (next turn)');
      process.nextTick(() => log.push('tick from next turn'));
    });
  });
  const cleared = setImmediate(() => log.push('cleared immediate'));
  setImmediate((a, b, c, d) => {
    log.push(`immediate 3 args ${a} ${b} ${c} ${d}`);
    Promise.resolve().then(() => log.push('promise from 3'));
  }, 1, 2, 3, 4);
  setImmediate(() => log.push('immediate 4'));
}, 1);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'immediate 1',
    'tick from 1',
    'promise from 1',
    'immediate 3 args 1 2 3 4',
    'promise from 3',
    'immediate 4',
    'immediate from 1 (next turn)',
    'tick from next turn',
  ]);
});
