'use strict';
// Command-line option values (`--unhandled-rejections`, ...) as parsed by C, read through
// internalBinding('options').getOptionValue(name) once per name and cached: the options do
// not change after start-up.

const cache = new Map();
let binding;

function getOptionValue(name) {
  if (cache.has(name)) return cache.get(name);
  if (binding === undefined) binding = internalBinding('options');
  const value = binding.getOptionValue(name);
  cache.set(name, value);
  return value;
}

module.exports = { getOptionValue };
