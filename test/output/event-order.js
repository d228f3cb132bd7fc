'use strict';
// The order of nextTick, microtasks, timers and immediates, as Node runs them.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout 1');
  process.nextTick(() => log('tick in timeout'));
  Promise.resolve().then(() => log('promise in timeout'));
  setImmediate(() => log('immediate from timeout'));
}, 0);
setImmediate(() => {
  log('immediate 1');
  process.nextTick(() => log('tick in immediate'));
  setTimeout(() => log('timeout from immediate'), 0);
});
process.nextTick(() => {
  log('tick 1');
  Promise.resolve().then(() => log('promise from tick'));
  process.nextTick(() => log('tick from tick'));
});
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise'));
});
queueMicrotask(() => log('microtask'));
process.on('beforeExit', () => log('beforeExit'));
process.on('exit', () => log('exit'));
log('main');
