// Flags: --expose-gc
'use strict';
// Signals nobody references but that have 'abort' listeners stay alive until they abort:
// a timeout signal, and a composite signal whose source is still alive.
const common = require('../common');

const controller = new AbortController();
(() => {
  AbortSignal.timeout(20).addEventListener('abort', common.mustCall());
  AbortSignal.any([controller.signal]).addEventListener('abort', common.mustCall());
  AbortSignal.any([AbortSignal.any([controller.signal])]).onabort = common.mustCall();
})();

setImmediate(() => {
  globalThis.gc();
  setTimeout(() => {
    globalThis.gc();
    controller.abort();
  }, 50);
});
