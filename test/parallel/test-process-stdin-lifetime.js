'use strict';
// process.stdin does not keep the process alive by being there: touched but not read, a pipe
// that stays open lets the child exit; read, the child exits at the pipe's end; a file and
// /dev/null are read to their end.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawn } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function child(code, stdin, onExit) {
  const cp = spawn(process.execPath, ['-e', code], { stdio: [stdin, 'pipe', 'inherit'] });
  let out = '';
  cp.stdout.setEncoding('utf8');
  cp.stdout.on('data', (d) => { out += d; });
  cp.on('close', common.mustCall((status) => onExit(status, out, cp)));
  return cp;
}

// not read: exits though the parent keeps the pipe open
{
  const cp = child('process.stdin; setTimeout(() => console.log("done"), 1)', 'pipe',
                   (status, out) => {
                     assert.strictEqual(status, 0);
                     assert.strictEqual(out, 'done\n');
                   });
  cp.stdin.write('unread');
}

// read until the end, then gone
{
  const cp = child(`
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { data += d; });
    process.stdin.on('end', () => console.log(JSON.stringify(data)));
  `, 'pipe', (status, out) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(out, '"hello world"\n');
  });
  cp.stdin.write('hello ');
  setTimeout(() => cp.stdin.end('world'), 10);
}

// a file and /dev/null
{
  const path = tmpdir.resolve('stdin.txt');
  fs.writeFileSync(path, 'a'.repeat(100000));
  const fd = fs.openSync(path, 'r');
  child(`
    let n = 0;
    process.stdin.on('data', (d) => { n += d.length; });
    process.stdin.on('end', () => console.log(n));
  `, fd, (status, out) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(out, '100000\n');
  });
  fs.closeSync(fd);
  child(`
    process.stdin.on('data', () => console.log('data'));
    process.stdin.on('end', () => console.log('end'));
  `, 'ignore', (status, out) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(out, 'end\n');
  });
}
