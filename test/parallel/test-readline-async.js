'use strict';
// Lines as an async iterator (all of a large piped input, the input paused while the loop is
// behind), readline/promises question(), and the same over a child's piped stdin.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');
const { spawn } = require('child_process');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let text = '';
  for (let i = 0; i < 5000; i++) text += `line ${i}\n`;
  setImmediate(() => input.end(text));
  let n = 0;
  for await (const line of rl) {
    assert.strictEqual(line, `line ${n}`);
    n++;
    if (n % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  assert.strictEqual(n, 5000);
})().then(common.mustCall());

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output });
  assert.ok(rl instanceof readlinePromises.Interface);
  const answer = rl.question('q? ');
  input.write('yes\n');
  assert.strictEqual(await answer, 'yes');
  const ac = new AbortController();
  const pending = rl.question('again? ', { signal: ac.signal });
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });
  rl.close();
  await assert.rejects(rl.question('closed? '), { code: 'ERR_USE_AFTER_CLOSE' });
})().then(common.mustCall());

{
  // a child reading its stdin (a pipe) line by line
  const code = `
    const rl = require('readline').createInterface({ input: process.stdin });
    const lines = [];
    rl.on('line', (l) => lines.push(l.toUpperCase()));
    rl.on('close', () => console.log(lines.join(',')));
  `;
  const child = spawn(process.execPath, ['-e', code]);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((status) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(out, 'ONE,TWO,THREE\n');
  }));
  child.stdin.write('one\ntw');
  setTimeout(() => child.stdin.end('o\r\nthree'), 10);
}
