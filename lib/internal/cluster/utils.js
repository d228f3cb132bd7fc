'use strict';
// What both sides of cluster share: internal messages {cmd: 'NODE_CLUSTER', act, seq} over
// the IPC channel, a reply naming the request's seq in `ack` (Node's protocol, so that a
// primary and workers of either runtime understand each other).

const callbacks = new Map();
let seq = 0;

// Sends message (with handle, or null) to proc; cb(reply, handle) gets the answer.
function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// An 'internalMessage' listener: answers go to their callbacks, the rest to cb (called with
// `worker` as this).
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    fn.call(worker, message, handle);
  };
}

module.exports = { internal, sendHelper };
