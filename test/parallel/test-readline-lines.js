'use strict';
// readline.createInterface over a stream that is not a terminal: lines split at \n, \r\n
// (also across chunks) and \r; the last line without an ending comes at the end, then
// 'close'; question() answers with the next line; pause/resume events; the errors of bad
// options and of a question after close.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  rl.on('close', common.mustCall(() => {
    assert.deepStrictEqual(lines, ['a', 'b', 'c', '', 'd', 'é', 'last']);
  }));
  input.write('a\nb\r');
  input.write('\nc\n\nd\r');
  input.write(Buffer.from([0xc3]));
  input.write(Buffer.from([0xa9, 0x0a]));
  input.end('last');
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.getPrompt(), '> ');
  assert.strictEqual(rl.crlfDelay, 100);
  assert.strictEqual(rl.historySize, 30);
  assert.strictEqual(rl.tabSize, 8);
  assert.strictEqual(rl.escapeCodeTimeout, 500);
}

{
  // question() writes its query to the output and takes the next line; 'line' gets the rest
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readline.createInterface({ input, output, prompt: '$ ' });
  let written = '';
  output.setEncoding('utf8');
  output.on('data', (d) => { written += d; });
  const events = [];
  rl.on('line', (line) => events.push(['line', line]));
  rl.on('pause', () => events.push(['pause']));
  rl.on('resume', () => events.push(['resume']));
  rl.question('name? ', common.mustCall((answer) => {
    events.push(['answer', answer]);
    assert.strictEqual(rl.getPrompt(), '$ ');
    rl.prompt();
  }));
  assert.strictEqual(rl.getPrompt(), 'name? ');
  input.write('bob\nmore\n');
  rl.pause();
  rl.resume();
  rl.close();
  assert.deepStrictEqual(events, [
    ['answer', 'bob'], ['line', 'more'], ['pause'], ['resume'], ['pause'],
  ]);
  setImmediate(common.mustCall(() => assert.strictEqual(written, 'name? $ ')));
  assert.throws(() => rl.question('again?', common.mustNotCall()), {
    name: 'Error', code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed',
  });
  // closing twice emits once
  rl.on('close', common.mustNotCall());
  rl.close();
}

{
  const input = new PassThrough();
  const bad = [
    [{ historySize: -1 }, 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "historySize" is out of range. It must be >= 0. Received -1'],
    [{ historySize: NaN }, 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "historySize" is out of range. It must be >= 0. Received NaN'],
    [{ historySize: 'x' }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "historySize" argument must be of type number. Received type string (\'x\')'],
    [{ completer: 'x' }, 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'completer' is invalid. Received 'x'"],
    [{ history: 'x' }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "history" argument must be an instance of Array. Received type string (\'x\')'],
    [{ tabSize: 0 }, 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0'],
    [{ escapeCodeTimeout: 'x' }, 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'input.escapeCodeTimeout' is invalid. Received 500"],
    [{ signal: 1 }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.signal" property must be an instance of AbortSignal. Received type number (1)'],
  ];
  for (const [options, name, code, message] of bad) {
    assert.throws(() => readline.createInterface({ input, ...options }), { name, code, message });
  }
  // the old call forms
  const rl = readline.Interface(input);
  assert.ok(rl instanceof readline.Interface);
  assert.ok(rl instanceof require('events'));
  rl.close();
}
