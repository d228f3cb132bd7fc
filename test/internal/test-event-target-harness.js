// Flags: --expose-internals
'use strict';
// Runs test/parallel/test-eventtarget-*, test-abortcontroller-* and test-domexception-* under
// /usr/bin/node with the globals EventTarget, Event, CustomEvent, AbortController, AbortSignal
// and DOMException (and `require('events')`) answered by our lib/ modules, so the checks that
// pass on Node pass on our code.
// Run: node --expose-internals test/internal/test-event-target-harness.js
//
// With EVENT_TARGET_HARNESS_PRELOAD set this file is the preload (-r) of each child instead.
const path = require('path');

if (process.env.EVENT_TARGET_HARNESS_PRELOAD) {
  const Module = require('module');
  // Our inspect needs Node's bindings; loading them warns, and the warning tests would see it.
  const { emitWarning } = process;
  process.emitWarning = () => {};
  require('internal/test/binding');
  process.emitWarning = emitWarning;
  const { loadOurs } = require('./event-target-loader');
  const ours = loadOurs();
  const globals = {
    EventTarget: ours.eventTarget.EventTarget,
    Event: ours.eventTarget.Event,
    CustomEvent: ours.eventTarget.CustomEvent,
    AbortController: ours.abortController.AbortController,
    AbortSignal: ours.abortController.AbortSignal,
    DOMException: ours.domexception.DOMException,
  };
  for (const name of Object.keys(globals)) {
    Object.defineProperty(globalThis, name, {
      value: globals[name], writable: true, enumerable: false, configurable: true,
    });
  }
  const originalLoad = Module._load;
  Module._load = function(request, parent, isMain) {
    if (request === 'events' || request === 'node:events') return ours.events;
    return originalLoad.apply(this, arguments);
  };
  return;
}

const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');

const skipped = new Map([
  ['test-eventtarget-globals.js',
   'checks how the bootstrap installs the globals, which the preload replaces'],
]);

const dir = path.join(__dirname, '..', 'parallel');
const files = fs.readdirSync(dir)
  .filter((f) => /^test-(eventtarget|abortcontroller|domexception)-.*\.js$/.test(f)).sort();
assert.ok(files.length > 0);
let passed = 0;
let failed = 0;
for (const file of files) {
  if (skipped.has(file)) {
    console.log(`skip ${file}: ${skipped.get(file)}`);
    continue;
  }
  const child = spawnSync(process.execPath,
                          ['--expose-internals', '--expose-gc', '-r', __filename,
                           path.join(dir, file)], {
                            env: { ...process.env, EVENT_TARGET_HARNESS_PRELOAD: '1' },
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
