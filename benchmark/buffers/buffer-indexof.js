'use strict';
// buf.indexOf() in 64 KiB of ASCII text, for a needle that is absent (the whole buffer is
// scanned) or found near the end, given as a string, a Buffer, a byte, or a UTF-16 string.
const common = require('../common.js');
const { makeText } = require('./common-data.js');

const bench = common.createBenchmark(main, {
  needle: ['e', 'stream', 'not to be found here', 'zq'],
  type: ['string', 'buffer', 'number', 'ucs2'],
  n: [200000],
}, { test: { n: 1 } });

function main({ needle, type, n }) {
  let haystack = Buffer.from(makeText(65536, 'ascii'));
  let value = needle;
  let encoding;
  if (type === 'buffer') value = Buffer.from(needle);
  if (type === 'number') value = needle.charCodeAt(0);
  if (type === 'ucs2') {
    haystack = Buffer.from(haystack.toString(), 'ucs2');
    encoding = 'ucs2';
  }
  // Start near the end so that short needles are found there and not at the start.
  const from = haystack.length - 2048;
  let sink = 0;
  bench.start();
  for (let i = 0; i < n; i++) sink += haystack.indexOf(value, from, encoding);
  bench.end(n);
  if (sink === 0) throw new Error('unreachable');
}
