# Build flags shared by every target of node.gyp (not the file installed for addons).
{
  'variables': {
    'node_use_lto%': 'true',
    'node_enable_asan%': 'false',
  },
  'target_defaults': {
    'default_configuration': 'Release',
    'configurations': {
      'Release': {
        'cflags': [ '-O2', '-g1' ],
        'conditions': [
          ['node_use_lto=="true"', {
            'cflags': [ '-flto=auto', '-ffat-lto-objects' ],
            'ldflags': [ '-flto=auto', '-O2' ],
          }],
        ],
      },
      'Debug': {
        'cflags': [ '-O0', '-g3' ],
        'defines': [ 'DEBUG' ],
      },
    },
    'cflags': [ '-pthread', '-fno-strict-aliasing', '-fvisibility=hidden' ],
    'cflags_c': [ '-std=gnu11', '-Wall', '-Wextra', '-Werror', '-Wno-unused-parameter' ],
    'cflags_cc': [ '-std=gnu++17', '-fno-rtti', '-fno-exceptions', '-Wall', '-Wextra',
                   '-Werror', '-Wno-unused-parameter' ],
    'ldflags': [ '-pthread', '-rdynamic' ],
    'conditions': [
      ['node_enable_asan=="true"', {
        'cflags': [ '-fsanitize=address,undefined', '-fno-omit-frame-pointer',
                    '-fno-sanitize=vptr' ],
        'ldflags': [ '-fsanitize=address,undefined' ],
        'defines': [ 'NODE_ASAN' ],
      }],
    ],
  },
}
