'use strict';
// process.stdout is a real Writable whatever it is: stream.pipeline() into it completes
// (for a pipe and for a file) and leaves it open, write callbacks come, data keeps its order between write() and
// console.log(); a reader that goes away makes the next writes fail with EPIPE on the
// stream, as on any socket.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawn, spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

const pipelineCode = `
  const { pipeline, Readable, Writable } = require('stream');
  const order = [];
  process.stdout.write('first\\n', () => order.push('cb'));
  console.log('second');
  pipeline(Readable.from(['a\\n', 'b\\n']), process.stdout, (err) => {
    process.stderr.write(JSON.stringify([err ?? null, order, process.stdout instanceof Writable,
                                         process.stdout.writableEnded]));
  });
`;

{
  const child = spawnSync(process.execPath, ['-e', pipelineCode], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, 'first\nsecond\na\nb\n');
  assert.deepStrictEqual(JSON.parse(child.stderr), [null, ['cb'], true, false]);
}

{
  const outPath = tmpdir.resolve('out.txt');
  const out = fs.openSync(outPath, 'w');
  const child = spawnSync(process.execPath, ['-e', pipelineCode],
                          { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  fs.closeSync(out);
  assert.strictEqual(child.status, 0);
  assert.strictEqual(fs.readFileSync(outPath, 'utf8'), 'first\nsecond\na\nb\n');
  assert.deepStrictEqual(JSON.parse(child.stderr), [null, ['cb'], true, false]);
}

{
  // EPIPE: the parent closes its end after the first line
  const child = spawn(process.execPath, ['-e', `
    process.stdout.on('error', (err) => {
      process.stderr.write(JSON.stringify([err.code, err.syscall, err.errno, err.message]));
      process.exit(0);
    });
    setInterval(() => process.stdout.write('line\\n'), 1);
  `]);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.once('data', common.mustCall(() => child.stdout.destroy()));
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(stderr), ['EPIPE', 'write', -32, 'write EPIPE']);
  }));
}
