'use strict';
// readline's helpers: the key decoder behind 'keypress' events (terminal input bytes to
// named keys: xterm, rxvt, VT100 and Linux console sequences) and character widths.

const kEscape = '\x1b';
// set on an Interface by emitKeypressEvents: the last chunk was one typed key
const kSawKeyPress = Symbol('sawKeyPress');

// The length in UTF-16 units of the character at i (a surrogate pair counts 2).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// The length of the character that ends just before i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

// Escape sequences (what follows ESC) and the keys they stand for. rxvt writes shifted keys
// in lower case and control-keys with '^' or an 'O' prefix.
const SEQUENCE_KEYS = {
  __proto__: null,
  'OP': ['f1'], 'OQ': ['f2'], 'OR': ['f3'], 'OS': ['f4'],
  '[P': ['f1'], '[Q': ['f2'], '[R': ['f3'], '[S': ['f4'],
  '[11~': ['f1'], '[12~': ['f2'], '[13~': ['f3'], '[14~': ['f4'],
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
  '[15~': ['f5'], '[17~': ['f6'], '[18~': ['f7'], '[19~': ['f8'], '[20~': ['f9'],
  '[21~': ['f10'], '[23~': ['f11'], '[24~': ['f12'],
  '[A': ['up'], '[B': ['down'], '[C': ['right'], '[D': ['left'], '[E': ['clear'],
  '[F': ['end'], '[H': ['home'],
  'OA': ['up'], 'OB': ['down'], 'OC': ['right'], 'OD': ['left'], 'OE': ['clear'],
  'OF': ['end'], 'OH': ['home'],
  '[1~': ['home'], '[2~': ['insert'], '[3~': ['delete'], '[4~': ['end'],
  '[5~': ['pageup'], '[6~': ['pagedown'], '[[5~': ['pageup'], '[[6~': ['pagedown'],
  '[7~': ['home'], '[8~': ['end'],
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'],
  '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  'Oa': ['up', 'ctrl'], 'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'],
  'Od': ['left', 'ctrl'], 'Oe': ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'],
  '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  '[Z': ['tab', 'shift'],
  // bracketed paste (the terminal marks pasted text when asked to)
  '[200~': ['paste-start'], '[201~': ['paste-end'],
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// A generator fed one character at a time (and '' when an ESC stayed alone too long); it
// emits 'keypress' on the stream for each key complete.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      seq += (ch = yield);
      // ESC ESC [ ... : the meta version of a sequence
      if (ch === kEscape) seq += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O [modifier] letter
        seq += (ch = yield);
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          seq += (ch = yield);
        }
        code += ch;
      } else {
        seq += (ch = yield);
        // ESC [ [ letter: the Linux console's function keys
        if (ch === '[') {
          code += ch;
          seq += (ch = yield);
        }
        // parameters (digits and ';'), then the final character
        let params = '';
        while ((isDigit(ch) || ch === ';') && params.length < 8) {
          params += ch;
          seq += (ch = yield);
        }
        const parts = params === '' ? [] : params.split(';');
        if (ch === '~' || ch === '^' || ch === '$') {
          code += `${parts[0] ?? ''}${ch}`;
          if (parts.length > 1) modifier = (Number(parts[1]) || 1) - 1;
        } else {
          code += ch;
          if (parts.length > 0) modifier = (Number(parts[parts.length - 1]) || 1) - 1;
        }
      }
      key.ctrl = Boolean(modifier & 4);
      key.meta = Boolean(modifier & 10);
      key.shift = Boolean(modifier & 1);
      key.code = code;
      const known = SEQUENCE_KEYS[code];
      if (known !== undefined) {
        key.name = known[0];
        if (known[1] === 'shift') key.shift = true;
        else if (known[1] === 'ctrl') key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (ch !== '' && ch <= '\x1a') {
      // control-letter
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
      key.meta = escaped;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // a lone ESC (the timeout fed ''), or ESC and a character without a name
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      stream.emit('keypress', seq, key);
    }
  }
}

// The longest prefix all strings share (tab completion).
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

module.exports = { charLengthAt, charLengthLeft, commonPrefix, emitKeys, kEscape, kSawKeyPress };
