'use strict';
// readline in terminal mode over a stand-in terminal: raw mode on and off, the line editor's
// output for typed and pasted keys (cursor moves, insertion, backspace, end of line, line
// wrap at the width, kill to start/end, delete a word), tab completion with one and several
// candidates, history with the arrows, and Ctrl-D on an empty line closing it.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const input = new PassThrough();
input.isTTY = true;
const rawModes = [];
input.setRawMode = (mode) => {
  rawModes.push(mode);
  input.isRaw = mode;
};
let out = '';
const output = new Writable({
  write(chunk, encoding, cb) {
    out += chunk;
    cb();
  },
});
output.isTTY = true;
output.columns = 20;

const words = ['hello', 'help', 'world'];
const rl = readline.createInterface({
  input,
  output,
  prompt: '$ ',
  completer: (line) => [words.filter((w) => w.startsWith(line)), line],
});
assert.strictEqual(rl.terminal, true);
assert.deepStrictEqual(rawModes, [true]);

const events = [];
rl.on('line', (line) => events.push(['line', line]));
rl.on('history', (history) => events.push(['history', history.slice()]));
rl.on('close', () => events.push(['close']));

rl.prompt();
for (const keys of ['abc', '\x1b[D\x1b[D', 'X', '\x7f', '\x05', '\r', 'h', '\t', '\t', 'p\r',
                    '\x1b[A', '\x1b[A', '\r', 'aaaaaaaaaaaaaaaaaaaaaaaaa', '\x01', '\x0b',
                    'one two three', '\x17', '\x15', '\x04']) {
  input.write(keys);
}

setImmediate(common.mustCall(() => {
  assert.strictEqual(out,
                     '\x1b[1G\x1b[0J$ \x1b[3Gabc\x1b[1D\x1b[1D\x1b[1G\x1b[0J$ aXbc\x1b[5G' +
                     '\x1b[1G\x1b[0J$ abc\x1b[4G\x1b[2C\r\nhel\r\nhello  help\r\n\r\n' +
                     '\x1b[1G\x1b[0J$ hel\x1b[6Gp\r\n\x1b[1G\x1b[0J$ help\x1b[7G' +
                     '\x1b[1G\x1b[0J$ abc\x1b[6G\r\naaaaaaaaaaaaaaaaaaaaaaaaa' +
                     '\x1b[1G\x1b[0J$ aaaaaaaaaaaaaaaaaaaaaaaaa\x1b[3G\x1b[1A' +
                     '\x1b[1G\x1b[0J$ \x1b[3Gone two three\x1b[1G\x1b[0J$ one two \x1b[11G' +
                     '\x1b[1G\x1b[0J$ \x1b[3G');
  assert.deepStrictEqual(events, [
    ['history', ['abc']], ['line', 'abc'],
    ['history', ['help', 'abc']], ['line', 'help'],
    ['history', ['abc', 'help', 'abc']], ['line', 'abc'],
    ['close'],
  ]);
  assert.deepStrictEqual(rawModes, [true, false]);
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.cursor, 0);
}));
