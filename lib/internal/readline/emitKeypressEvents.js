'use strict';
// readline.emitKeypressEvents(stream[, interface]): 'keypress' events from the stream's
// 'data', decoded while someone listens to them.

const { StringDecoder } = require('string_decoder');
const { charLengthAt, emitKeys, kEscape, kSawKeyPress } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');

// How long a lone ESC waits for the rest of a sequence before it is the Escape key.
const kEscapeCodeTimeout = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = emitKeys(stream);
  stream[kEscapeDecoder].next();

  const escapeTimeout = () => stream[kEscapeDecoder].next('');
  let timer;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // nobody listens any more: stop decoding until someone does
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timer);
    // one key in this chunk: what a typed character looks like (a paste is several)
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
        if (length === string.length && character === kEscape) {
          timer = setTimeout(escapeTimeout, iface.escapeCodeTimeout ?? kEscapeCodeTimeout);
        }
      } catch (err) {
        // a 'keypress' listener threw: the decoder starts afresh, the error goes on
        stream[kEscapeDecoder] = emitKeys(stream);
        stream[kEscapeDecoder].next();
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
