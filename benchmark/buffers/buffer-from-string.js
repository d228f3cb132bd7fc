'use strict';
// Encoding: Buffer.from(string, encoding) of strings that give 64 B and 1 MiB. text=ascii is
// ASCII text; text=mixed is UTF-8 text with non-ASCII characters (utf8) or a string of every
// byte value (the other encodings hold the string of those bytes in that encoding).
const common = require('../common.js');
const { makeText, makeBytes } = require('./common-data.js');

const bench = common.createBenchmark(main, {
  encoding: ['utf8', 'latin1', 'hex', 'base64'],
  text: ['ascii', 'mixed'],
  len: [64, 1048576],
  n: [2000000],
}, { test: { n: 1, len: 64 } });

function main({ encoding, text, len, n }) {
  const string = encoding === 'utf8' ?
    makeText(len, text) :
    makeBytes(len, text).toString(encoding);
  // 1 MiB takes about 4000 times as long as 64 B.
  const iterations = len > 64 ? Math.max(1, Math.round(n / 4000)) : n;
  let sink = 0;
  bench.start();
  for (let i = 0; i < iterations; i++) sink += Buffer.from(string, encoding).length;
  bench.end(iterations);
  if (sink === 0) throw new Error('unreachable');
}
