'use strict';
// Reading and setting the components of a URL.
const common = require('../common.js');

const bench = common.createBenchmark(main, {
  prop: ['href', 'origin', 'host', 'pathname', 'search', 'set-pathname', 'set-search',
         'set-host'],
  n: [500000],
});

function main({ prop, n }) {
  const url = new URL('https://user:pw@example.com:8080/a/b/c?d=e&f=g#h');
  let length = 0;
  if (prop.startsWith('set-')) {
    const name = prop.slice(4);
    const values = { pathname: ['/x/y', '/z'], search: ['?a=1', '?b=2'], host: ['a.com', 'b.org:81'] }[name];
    bench.start();
    for (let i = 0; i < n; i++) url[name] = values[i & 1];
    bench.end(n);
    length = url.href.length;
  } else {
    bench.start();
    for (let i = 0; i < n; i++) length += url[prop].length;
    bench.end(n);
  }
  if (length === 0) throw new Error('empty');
}
