'use strict';
// util.parseArgs(): option types, short options and groups, multiple, defaults, strict mode,
// positionals, the `--` terminator, tokens and allowNegative.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

function values(obj) {
  return { __proto__: null, ...obj };
}

const options = {
  flag: { type: 'boolean', short: 'f' },
  verbose: { type: 'boolean', short: 'v', multiple: true },
  file: { type: 'string', short: 'o' },
  tag: { type: 'string', short: 't', multiple: true },
};

assert.deepStrictEqual(parseArgs({ args: [], options }), { values: values({}), positionals: [] });
assert.deepStrictEqual(
  parseArgs({ args: ['-f', '--file', 'a.txt', '-vv', '-t', 'x', '--tag=y'], options }),
  { values: values({ flag: true, file: 'a.txt', verbose: [true, true], tag: ['x', 'y'] }),
    positionals: [] });
// Short group ending in a string option that takes the rest as its value.
assert.deepStrictEqual(parseArgs({ args: ['-fvoout.txt'], options }).values,
                       values({ flag: true, verbose: [true], file: 'out.txt' }));
assert.deepStrictEqual(parseArgs({ args: ['-oVALUE', '--file='], options }).values,
                       values({ file: '' }));
// Last one wins for a single-valued option.
assert.deepStrictEqual(parseArgs({ args: ['--file=a', '-o', 'b'], options }).values,
                       values({ file: 'b' }));
// A value given separately may start with a dash outside strict mode.
assert.deepStrictEqual(parseArgs({ args: ['--file', '-x'], options, strict: false }).values,
                       values({ file: '-x' }));

// Positionals and the terminator.
assert.deepStrictEqual(
  parseArgs({ args: ['a', '-f', 'b', '--', '--file', '-f'], options, allowPositionals: true }),
  { values: values({ flag: true }), positionals: ['a', 'b', '--file', '-f'] });
assert.deepStrictEqual(parseArgs({ args: ['-'], allowPositionals: true }).positionals, ['-']);

// Defaults apply to what the arguments left unset.
assert.deepStrictEqual(parseArgs({
  args: ['--b'],
  options: {
    a: { type: 'string', default: 'A' },
    b: { type: 'boolean', default: false },
    c: { type: 'string', multiple: true, default: ['x', 'y'] },
  },
}).values, values({ b: true, a: 'A', c: ['x', 'y'] }));

// Outside strict mode anything goes: unknown options, missing values.
assert.deepStrictEqual(parseArgs({ args: ['--unknown', '-z', '--file', 'pos', '--x=1'], options: { file: { type: 'string' } }, strict: false }),
                       { values: values({ unknown: true, z: true, file: 'pos', x: '1' }), positionals: [] });
assert.deepStrictEqual(parseArgs({ args: ['--file'], options, strict: false }).values,
                       values({ file: true }));
assert.deepStrictEqual(parseArgs({ args: ['--__proto__'], strict: false }).values, values({}));

// Tokens.
assert.deepStrictEqual(parseArgs({ args: ['-fv', '--file', 'x', 'pos', '--', 'end'], options, allowPositionals: true, tokens: true }).tokens, [
  { kind: 'option', name: 'flag', rawName: '-f', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'verbose', rawName: '-v', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'file', rawName: '--file', index: 1, value: 'x', inlineValue: false },
  { kind: 'positional', index: 3, value: 'pos' },
  { kind: 'option-terminator', index: 4 },
  { kind: 'positional', index: 5, value: 'end' },
]);
assert.deepStrictEqual(parseArgs({ args: ['-ov'], options, tokens: true }).tokens, [
  { kind: 'option', name: 'file', rawName: '-o', index: 0, value: 'v', inlineValue: true },
]);

// allowNegative: --no-NAME sets a boolean option to false.
assert.deepStrictEqual(parseArgs({
  args: ['--no-flag', '--no-verbose', '--verbose'], options, allowNegative: true, tokens: true,
}), {
  values: values({ flag: false, verbose: [false, true] }),
  positionals: [],
  tokens: [
    { kind: 'option', name: 'flag', rawName: '--no-flag', index: 0, value: undefined, inlineValue: undefined },
    { kind: 'option', name: 'verbose', rawName: '--no-verbose', index: 1, value: undefined, inlineValue: undefined },
    { kind: 'option', name: 'verbose', rawName: '--verbose', index: 2, value: undefined, inlineValue: undefined },
  ],
});

// Errors of strict mode.
function throwsParse(config, code, message) {
  assert.throws(() => parseArgs(config), { code, name: 'TypeError', message });
}
// The hint about `--` only comes when positionals are allowed.
throwsParse({ args: ['--nope'], options, allowPositionals: true },
            'ERR_PARSE_ARGS_UNKNOWN_OPTION',
            'Unknown option \'--nope\'. To specify a positional argument starting with a \'-\', ' +
            'place it at the end of the command after \'--\', as in \'-- "--nope"');
throwsParse({ args: ['-z'], options }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', 'Unknown option \'-z\'');
throwsParse({ args: ['--no-file'], options, allowNegative: true },
            'ERR_PARSE_ARGS_UNKNOWN_OPTION', 'Unknown option \'--no-file\'');
throwsParse({ args: ['pos'], options }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
            'Unexpected argument \'pos\'. This command does not take positional arguments');
throwsParse({ args: ['--file'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            'Option \'-o, --file <value>\' argument missing');
throwsParse({ args: ['--flag=yes'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            'Option \'-f, --flag\' does not take an argument');
throwsParse({ args: ['--no-flag=x'], options, allowNegative: true },
            'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'Option \'-f, --flag\' does not take an argument');
throwsParse({ args: ['-o', '-f'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            'Option \'-o\' argument is ambiguous.\nDid you forget to specify the option argument ' +
            'for \'-o\'?\nTo specify an option argument starting with a dash use ' +
            '\'--file=-XYZ\' or \'-o-XYZ\'.');
throwsParse({ args: ['--file', '--flag'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            'Option \'--file\' argument is ambiguous.\nDid you forget to specify the option ' +
            'argument for \'--file\'?\nTo specify an option argument starting with a dash use ' +
            '\'--file=-XYZ\'.');

// Errors in the configuration.
function throwsConfig(config, code, message) {
  assert.throws(() => parseArgs(config), { code, message });
}
throwsConfig({ args: 'x' }, 'ERR_INVALID_ARG_TYPE',
             'The "args" argument must be an instance of Array. Received type string (\'x\')');
for (const key of ['strict', 'allowPositionals', 'tokens', 'allowNegative']) {
  throwsConfig({ args: [], [key]: 1 }, 'ERR_INVALID_ARG_TYPE',
               `The "${key}" argument must be of type boolean. Received type number (1)`);
}
throwsConfig({ args: [], options: 5 }, 'ERR_INVALID_ARG_TYPE',
             'The "options" argument must be of type object. Received type number (5)');
throwsConfig({ options: { a: 5 } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a" property must be of type object. Received type number (5)');
throwsConfig({ options: { a: { type: 'number' } } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a.type" property must be (\'string|boolean\'). Received type string (\'number\')');
throwsConfig({ options: { a: { type: 'string', short: 'ab' } } }, 'ERR_INVALID_ARG_VALUE',
             'The property \'options.a.short\' must be a single character. Received \'ab\'');
throwsConfig({ options: { a: { type: 'string', short: 5 } } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a.short" property must be of type string. Received type number (5)');
throwsConfig({ options: { a: { type: 'string', multiple: 1 } } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a.multiple" property must be of type boolean. Received type number (1)');
throwsConfig({ options: { a: { type: 'string', default: true } } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a.default" property must be of type string. Received type boolean (true)');
throwsConfig({ options: { a: { type: 'boolean', multiple: true, default: [true, 'x'] } } },
             'ERR_INVALID_ARG_TYPE',
             'The "options.a.default[1]" property must be of type boolean. Received type string (\'x\')');
assert.throws(() => parseArgs(null), TypeError);

// Without args, process.argv after the script is parsed.
assert.deepStrictEqual(parseArgs({ strict: false }).positionals, process.argv.slice(2));
