'use strict';
// URLSearchParams: parsing, lookups, changes, serialization and iteration.
const common = require('../common.js');

const query = 'a=1&b=two%20words&c=%E2%82%AC&d=&e=x+y&f=6&g=7&h=8';
const bench = common.createBenchmark(main, {
  method: ['parse', 'get', 'append', 'toString', 'iterate', 'sort', 'url-searchParams'],
  n: [200000],
});

function main({ method, n }) {
  const params = new URLSearchParams(query);
  let sink = 0;
  bench.start();
  switch (method) {
    case 'parse':
      for (let i = 0; i < n; i++) sink += new URLSearchParams(query).size;
      break;
    case 'get':
      for (let i = 0; i < n; i++) sink += params.get('e').length;
      break;
    case 'append':
      for (let i = 0; i < n; i++) {
        const p = new URLSearchParams();
        p.append('key', 'value');
        sink += p.size;
      }
      break;
    case 'toString':
      for (let i = 0; i < n; i++) sink += params.toString().length;
      break;
    case 'iterate':
      for (let i = 0; i < n; i++) for (const [k] of params) sink += k.length;
      break;
    case 'sort':
      for (let i = 0; i < n; i++) {
        const p = new URLSearchParams('z=1&y=2&x=3&a=4');
        p.sort();
        sink += p.size;
      }
      break;
    case 'url-searchParams':
      for (let i = 0; i < n; i++) {
        const url = new URL('https://example.com/?a=1');
        url.searchParams.set('b', '2');
        sink += url.href.length;
      }
      break;
  }
  bench.end(n);
  if (sink === 0) throw new Error('nothing done');
}
