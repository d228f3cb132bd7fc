'use strict';
// readline.emitKeypressEvents(): the keys decoded from terminal input (letters, control and
// meta keys, xterm/rxvt/VT100/Linux console sequences with modifiers, characters beyond
// ASCII, a lone ESC once its time-out has passed).
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const stream = new PassThrough();
// the interface argument gives the ESC time-out
readline.emitKeypressEvents(stream, { escapeCodeTimeout: 50 });
readline.emitKeypressEvents(stream);  // a second call changes nothing
const keys = [];
stream.on('keypress', (s, key) => keys.push([s, { ...key }]));

const k = (sequence, name, ctrl = false, meta = false, shift = false, code) => {
  const key = { sequence, name, ctrl, meta, shift };
  if (code !== undefined) key.code = code;
  return key;
};
const expected = [
  ['a', k('a', 'a')],
  ['A', k('A', 'a', false, false, true)],
  ['.', k('.', undefined)],
  ['\r', k('\r', 'return')],
  ['\n', k('\n', 'enter')],
  ['\t', k('\t', 'tab')],
  ['\x7f', k('\x7f', 'backspace')],
  [undefined, k('\x1b[A', 'up', false, false, false, '[A')],
  [undefined, k('\x1b[1;5C', 'right', true, false, false, '[C')],
  [undefined, k('\x1b[1;2D', 'left', false, false, true, '[D')],
  ['\x01', k('\x01', 'a', true)],
  [undefined, k('\x1bb', 'b', false, true)],
  [undefined, k('\x1b[3~', 'delete', false, false, false, '[3~')],
  [undefined, k('\x1b[3;5~', 'delete', true, false, false, '[3~')],
  [undefined, k('\x1bOP', 'f1', false, false, false, 'OP')],
  [' ', k(' ', 'space')],
  ['1', k('1', '1')],
  ['é', k('é', undefined)],
  ['😀', k('😀', undefined)],
  [undefined, k('\x1b\x1b[D', 'left', false, false, false, '[D')],
  [undefined, k('\x1b[Z', 'tab', false, false, true, '[Z')],
  [undefined, k('\x1b[5^', 'pageup', true, false, false, '[5^')],
  [undefined, k('\x1b[a', 'up', false, false, true, '[a')],
  [undefined, k('\x1b[200~', 'paste-start', false, false, false, '[200~')],
  [undefined, k('\x1b\r', 'return', false, true)],
  ['a', k('a', 'a')],
  ['b', k('b', 'b')],
  [undefined, k('\x1b[B', 'down', false, false, false, '[B')],
  ['c', k('c', 'c')],
  [undefined, k('\x1b', 'escape', false, true)],
];
for (const input of ['a', 'A', '.', '\r', '\n', '\t', '\x7f', '\x1b[A', '\x1b[1;5C', '\x1b[1;2D',
                     '\x01', '\x1bb', '\x1b[3~', '\x1b[3;5~', '\x1bOP', ' ', '1', 'é', '😀',
                     '\x1b\x1b[D', '\x1b[Z', '\x1b[5^', '\x1b[a', '\x1b[200~', '\x1b\r',
                     'ab\x1b[Bc']) {
  stream.write(input);
}
// a lone ESC is the Escape key once escapeCodeTimeout has passed
stream.write('\x1b');
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(keys, expected);
}), 100);
