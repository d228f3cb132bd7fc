'use strict';
// Argument classification for util.parseArgs(): what a string on the command line looks like
// (lone short option, short group, --long=value...) given the configured options.

function objectGetOwn(obj, prop) {
  if (Object.prototype.hasOwnProperty.call(obj, prop)) return obj[prop];
  return undefined;
}

// options[longOption][prop], looking only at own properties.
function optionsGetOwn(options, longOption, prop) {
  if (Object.prototype.hasOwnProperty.call(options, longOption)) {
    return objectGetOwn(options[longOption], prop);
  }
  return undefined;
}

// Any string can be an option's value, even one that starts with a dash (POSIX utility
// conventions); strict mode only objects to dash-led values given as a separate argument.
function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  if (value == null) return false;
  return value.length > 1 && value[0] === '-';
}

// -f
function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

// --foo (but not --foo=bar)
function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

// --foo=bar
function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

// The long name configured with `short`, or the short letter itself when none is.
function findLongOptionForShort(shortOption, options) {
  require('internal/validators').validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (objectGetOwn(optionConfig, 'short') === shortOption) return longOption;
  }
  return shortOption;
}

function startsWithShort(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// -abc: several short options together, starting with one that takes no value.
function isShortOptionGroup(arg, options) {
  if (!startsWithShort(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// -fVALUE: a string short option with its value attached.
function isShortOptionAndValue(arg, options) {
  require('internal/validators').validateObject(options, 'options');
  if (!startsWithShort(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

module.exports = {
  findLongOptionForShort,
  isLoneLongOption,
  isLoneShortOption,
  isLongOptionAndValue,
  isOptionLikeValue,
  isOptionValue,
  isShortOptionAndValue,
  isShortOptionGroup,
  objectGetOwn,
  optionsGetOwn,
};
