'use strict';
// The global console: Console's methods bound to one plain object writing to process.stdout
// and process.stderr, which are looked up on first write (they are created lazily).
// Not an instance of Console (its prototype is a plain object), but `instanceof` says it is.

const {
  Console,
  kBindStreamsLazy,
  kBindProperties,
} = require('internal/console/constructor');

const globalConsole = { __proto__: {} };

for (const key of Reflect.ownKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
  if (typeof desc.value === 'function') {
    const name = typeof key === 'string' ? key : desc.value.name;
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { value: name });
  }
  Reflect.defineProperty(globalConsole, key, desc);
}

globalConsole[kBindStreamsLazy](process);
globalConsole[kBindProperties](true, 'auto');
globalConsole.Console = Console;

module.exports = globalConsole;
