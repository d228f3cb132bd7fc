'use strict';
// The old `Stream`: an EventEmitter with the streams1 pipe() that moves 'data' into
// dest.write() and pauses on a false return. require('stream') is this constructor, and old
// packages still inherit from it (`Stream.call(this)`).

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

Stream.prototype.pipe = function(dest, options) {
  const source = this;
  let endedDest = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  function onend() {
    if (endedDest) return;
    endedDest = true;
    dest.end();
  }
  function onclose() {
    if (endedDest) return;
    endedDest = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  // Shared by source and dest: rethrown when nobody else listens on the emitter.
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);
  // stdout and stderr are never ended by a pipe.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};

// Readable and Writable pre-shape `_events` with undefined slots; those are not events.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  if (events === undefined) return names;
  for (const key of Reflect.ownKeys(events)) {
    const value = events[key];
    if (typeof value === 'function' || (Array.isArray(value) && value.length > 0)) {
      names.push(key);
    }
  }
  return names;
};

// For emitters older than prependListener (userland EventEmitter copies).
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    emitter.prependListener(event, fn);
    return;
  }
  const existing = emitter._events?.[event];
  if (!existing) emitter.on(event, fn);
  else if (Array.isArray(existing)) existing.unshift(fn);
  else emitter._events[event] = [fn, existing];
}

module.exports = { Stream, prependListener };
