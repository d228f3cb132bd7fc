'use strict';
// n small messages parent -> forked child -> parent over the IPC channel, `window` of them in
// flight at a time; serialization 'json' or 'advanced'. The child's start-up is not timed.
const common = require('../common.js');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send(m));
  process.send('ready');
} else {
  const bench = common.createBenchmark(main, {
    serialization: ['json', 'advanced'],
    window: [100],
    n: [100000],
  });

  function main({ serialization, window, n }) {
    const child = fork(__filename, ['child'], { serialization });
    const message = { id: 0, text: 'hello' };
    let sent = 0;
    let received = 0;
    child.on('message', (m) => {
      if (m === 'ready') {
        bench.start();
        for (let i = 0; i < window && sent < n; i++) {
          message.id = sent++;
          child.send(message);
        }
        return;
      }
      if (++received === n) {
        bench.end(n);
        child.disconnect();
        return;
      }
      if (sent < n) {
        message.id = sent++;
        child.send(message);
      }
    });
  }
}
