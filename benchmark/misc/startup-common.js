'use strict';
// Helpers of the start-up cases: run the binary under test (process.execPath) once, and
// measure the peak RSS of one run.
const fs = require('fs');
const { spawnSync } = require('child_process');

// The runs start as compare.py starts the benchmarks: without NODE_EXTRA_CA_CERTS (loading
// the certificates is most of Node's start-up time here) and without NODE_OPTIONS.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;

function check(child, what) {
  if (child.error) throw child.error;
  if (child.status !== 0) {
    throw new Error(`${what} failed (${child.signal || `exit code ${child.status}`}):\n` +
                    `${child.stderr}`);
  }
}

// Warnings (the experimental wasi, deprecated sys...) are not what is measured: stderr is
// kept only to explain a failure.
function runOnce(args) {
  const child = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  check(child, `${process.execPath} ${args.join(' ')}`);
}

// Linux reports a child's peak RSS (ru_maxrss, KiB) through wait4(); /usr/bin/time (Debian
// package `time`) prints it with -f %M. Without it, python3's os.wait4 does the same.
const pythonWait4 = [
  'import os, sys',
  'pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)',
  '_, status, usage = os.wait4(pid, 0)',
  'print(usage.ru_maxrss, file=sys.stderr)',
  'sys.exit(os.waitstatus_to_exitcode(status))',
].join('\n');

function peakRss(args) {
  let child;
  if (fs.existsSync('/usr/bin/time')) {
    child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args],
                      { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } else {
    child = spawnSync('python3', ['-c', pythonWait4, process.execPath, ...args],
                      { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  }
  check(child, `measuring ${process.execPath} ${args.join(' ')}`);
  const lines = child.stderr.trim().split('\n');
  const kib = Number(lines[lines.length - 1]);
  if (!Number.isInteger(kib) || kib <= 0) {
    throw new Error(`cannot read the peak RSS from: ${child.stderr}`);
  }
  return kib;
}

function meanPeakRss(args, n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += peakRss(args);
  return total / n;
}

module.exports = { meanPeakRss, peakRss, runOnce };
