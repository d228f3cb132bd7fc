'use strict';
// cluster.setupPrimary(): the script, arguments and silence of the workers forked after it,
// cluster.settings, a 'setup' event per call, and a worker's exit code reaching the primary.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  process.stdout.write(`worker ${process.argv.slice(2).join(',')}\n`);
  process.exit(3);
}

const setups = [];
// fork() runs setupPrimary() again: a third 'setup'.
cluster.on('setup', common.mustCall((settings) => setups.push(settings.args), 3));
cluster.setupPrimary({ args: ['a', 'b'], silent: true });
assert.strictEqual(cluster.settings.exec, __filename);
assert.deepStrictEqual(cluster.settings.args, ['a', 'b']);
assert.strictEqual(cluster.settings.silent, true);
assert.deepStrictEqual(cluster.settings.execArgv, process.execArgv);
cluster.setupMaster({ args: ['c'] });
assert.strictEqual(cluster.settings.silent, true);

const worker = cluster.fork();
let out = '';
worker.process.stdout.setEncoding('utf8').on('data', (d) => out += d);
worker.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, false);
}));
worker.process.on('close', common.mustCall(() => {
  assert.strictEqual(out, 'worker c\n');
  assert.deepStrictEqual(setups, [['a', 'b'], ['c'], ['c']]);
}));
