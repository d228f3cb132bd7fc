'use strict';
// Runs wrk (Debian package) against a local port and parses its report: requests per second
// and the 99th-percentile latency in ms. Used by the cases of benchmark/http/.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function toMs(value, unit) {
  const n = Number(value);
  switch (unit) {
    case 'us': return n / 1000;
    case 'ms': return n;
    case 's': return n * 1000;
    default: return n * 60000;
  }
}

// options: port, path, connections, duration (s), threads, body (POST body size in bytes)
function wrk(options, cb) {
  const args = ['-t', String(options.threads || 1), '-c', String(options.connections),
                '-d', `${options.duration}s`, '--latency'];
  let script;
  if (options.body) {
    script = path.join(os.tmpdir(), `wrk-post-${process.pid}.lua`);
    fs.writeFileSync(script, `wrk.method = "POST"\nwrk.body = string.rep("x", ${options.body})\n` +
                     'wrk.headers["Content-Type"] = "application/octet-stream"\n');
    args.push('-s', script);
  }
  args.push(`http://127.0.0.1:${options.port}${options.path || '/'}`);
  const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => out += d);
  child.on('error', cb);
  child.on('close', (code) => {
    if (script) fs.unlinkSync(script);
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
    const p99 = /\s99%\s+([\d.]+)(us|ms|s|m)\b/.exec(out);
    const errors = /Non-2xx or 3xx responses: (\d+)|Socket errors: .*/.exec(out);
    if (code !== 0 || !rps) return cb(new Error(`wrk failed (${code}):\n${out}`));
    cb(null, { rps: Number(rps[1]), p99: p99 ? toMs(p99[1], p99[2]) : NaN,
               errors: errors ? errors[0] : null, output: out });
  });
  return child;
}

module.exports = { wrk };
