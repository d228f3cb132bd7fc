'use strict';
// Differential fuzz of our lib/path.js against Node's path (posix and win32) on random inputs.
// Run: node --expose-internals test/internal/test-path-fuzz.js [seed] [count]
const assert = require('assert');
const ours = require('./cjs-loader-env').createLoader().require('path');
const node = require('path');
const alpha = ['a','b','.','..','/','\\',':','C','c','CON','x.js','.js','//','\\\\','?','$',' ', 'ab', 'lpt1', '.a', 'COM\u00b9', 'nul', '//srv/sh', '\\\\?\\', 'C:\\', 'D:', '...', 'e'];
let seed = +process.argv[2] || 1;
function rnd(n) { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); }
function str() { let s = ''; const n = rnd(7); for (let i = 0; i < n; i++) s += alpha[rnd(alpha.length)]; return s; }
function call(f, args) { try { return JSON.stringify(f(...args)); } catch (e) { return 'ERR ' + e.code + ' ' + e.message; } }
let bad = 0;
const N = +process.argv[3] || 20000;
for (const flavor of ['posix', 'win32']) {
  const O = ours[flavor], R = node[flavor];
  for (let k = 0; k < N; k++) {
    const fns = ['resolve','normalize','isAbsolute','join','relative','toNamespacedPath','dirname','basename','extname','parse','format'];
    const fn = fns[rnd(fns.length)];
    let args;
    if (fn === 'format') args = [{ root: rnd(2) ? str() : undefined, dir: rnd(2) ? str() : undefined, base: rnd(2) ? str() : undefined, name: rnd(2) ? str() : undefined, ext: rnd(2) ? str() : undefined }];
    else { const n = fn === 'resolve' || fn === 'join' ? rnd(4) : (fn === 'relative' || fn === 'basename' ? 2 : 1); args = []; for (let i = 0; i < n; i++) args.push(rnd(30) === 0 ? 5 : str()); }
    const a = call(O[fn], args), b = call(R[fn], args);
    if (a !== b) { if (bad++ < 30) console.log(flavor, fn, JSON.stringify(args), 'ours', a, 'node', b); }
  }
}
console.log('mismatches', bad);
assert.strictEqual(bad, 0);
