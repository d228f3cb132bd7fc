'use strict';
// url.parse(), url.format() and url.resolve().
const common = require('../common.js');
const url = require('url');

const bench = common.createBenchmark(main, {
  method: ['parse', 'parse-query', 'format', 'resolve'],
  n: [200000],
});

function main({ method, n }) {
  const href = 'http://user:pw@example.com:8080/a/b/c?d=e&f=g#h';
  const parsed = url.parse(href);
  let sink = 0;
  bench.start();
  switch (method) {
    case 'parse':
      for (let i = 0; i < n; i++) sink += url.parse(href).href.length;
      break;
    case 'parse-query':
      for (let i = 0; i < n; i++) sink += url.parse(href, true).pathname.length;
      break;
    case 'format':
      for (let i = 0; i < n; i++) sink += url.format(parsed).length;
      break;
    case 'resolve':
      for (let i = 0; i < n; i++) sink += url.resolve(href, '../x/./y?z').length;
      break;
  }
  bench.end(n);
  if (sink === 0) throw new Error('nothing done');
}
