'use strict';
// new URL() of common kinds of input; `base` resolves a relative one.
const common = require('../common.js');

const inputs = {
  short: ['https://example.com/a?b=c'],
  long: ['https://user:password@subdomain.example.com:8080/a/long/path/to/some/resource.html' +
         '?query=string&with=several&parameters=1#and-a-fragment'],
  relative: ['../c/d?e#f', 'https://example.com/a/b/'],
  file: ['file:///home/user/projects/node/lib/internal/url.js'],
  ipv6: ['http://[2001:db8::8a2e:370:7334]:8080/x'],
  idna: ['https://español.example.com/ü'],
  opaque: ['mailto:someone@example.com?subject=hello'],
};

const bench = common.createBenchmark(main, {
  type: Object.keys(inputs),
  n: [500000],
});

function main({ type, n }) {
  const [input, base] = inputs[type];
  let length = 0;
  bench.start();
  for (let i = 0; i < n; i++) length += new URL(input, base).href.length;
  bench.end(n);
  if (length === 0) throw new Error('empty href');
}
