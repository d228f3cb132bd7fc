// Flags: --expose-internals
'use strict';
// Runs every test/parallel/test-events-*.js under /usr/bin/node with `require('events')`
// answered by our lib/events.js (loaded through the harness), so the same checks that pass
// on Node pass on our module. Run: node --expose-internals test/internal/test-events-harness.js
//
// With EVENTS_HARNESS_PRELOAD set this file is the preload (-r) of each child instead.
const path = require('path');

if (process.env.EVENTS_HARNESS_PRELOAD) {
  const Module = require('module');
  const h = require('./harness');
  const ours = h.load('events');
  const originalLoad = Module._load;
  Module._load = function(request, parent, isMain) {
    if (request === 'events' || request === 'node:events') return ours;
    return originalLoad.apply(this, arguments);
  };
  return;
}

const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');

// Tests that need our internals beyond lib/events.js, which the harness cannot provide.
const skipped = new Map([
  ['test-events-get-event-listeners-eventtarget.js',
   "reads EventTarget listeners through internal/event_target's kEvents, which Node " +
   'keeps private; runs against our own event_target on our binary'],
  ['test-events-async-resource.js',
   'needs our async context (lib/async_hooks.js over src/async_wrap.c) for the stores the ' +
   'test reads through Node\'s own AsyncLocalStorage; runs on our binary'],
]);

const dir = path.join(__dirname, '..', 'parallel');
const files = fs.readdirSync(dir).filter((f) => /^test-events-.*\.js$/.test(f)).sort();
assert.ok(files.length > 0);
let passed = 0;
let failed = 0;
for (const file of files) {
  if (skipped.has(file)) {
    console.log(`skip ${file}: ${skipped.get(file)}`);
    continue;
  }
  const child = spawnSync(process.execPath,
                          ['--expose-internals', '-r', __filename, path.join(dir, file)], {
                            env: { ...process.env, EVENTS_HARNESS_PRELOAD: '1' },
                            encoding: 'utf8',
                            timeout: 60000,
                          });
  if (child.status === 0) {
    passed++;
    console.log(`ok ${file}`);
  } else {
    failed++;
    console.log(`FAIL ${file} (status ${child.status}, signal ${child.signal})`);
    console.log(child.stdout);
    console.log(child.stderr);
  }
}
console.log(`${passed} passed, ${failed} failed`);
assert.strictEqual(failed, 0);
