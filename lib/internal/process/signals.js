'use strict';
// process.on('SIGINT') and the other signal names: a listener on a signal's name starts a libuv
// signal handle (internalBinding('signal_wrap'), src/signal_wrap.c) that emits the name on
// process; when the last listener goes, the handle closes and the default action is back.
// The handles are unref'd: listening for a signal does not keep the process alive.

let Signal;
let signals;
const wraps = new Map();

function isSignalName(type) {
  if (typeof type !== 'string' || !type.startsWith('SIG')) return false;
  if (signals === undefined) signals = internalBinding('constants').os.signals;
  return Object.prototype.hasOwnProperty.call(signals, type);
}

function startListeningIfSignal(type) {
  if (!isSignalName(type) || wraps.has(type)) return;
  if (Signal === undefined) ({ Signal } = internalBinding('signal_wrap'));
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = (signum) => process.emit(type, type, signum);
  const err = wrap.start(signals[type]);
  if (err) {
    wrap.close();
    throw require('internal/errors').errnoException(err, 'uv_signal_start');
  }
  wraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = wraps.get(type);
  if (wrap === undefined || process.listenerCount(type) !== 0) return;
  wrap.close();
  wraps.delete(type);
}

function setupSignalHandlers() {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setupSignalHandlers };
