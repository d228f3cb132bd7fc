# node.gyp -- the runtime (node), the build-time code-cache maker, the C tests of the shim.
{
  'variables': {
    'library_files': [ '<!@(find lib -name "*.js" | LC_ALL=C sort)' ],
    'runtime_sources': [ '<!@(ls src/*.c | LC_ALL=C sort)' ],
    'v8_lib_dir': '<!(pwd)/deps/v8/lib',
    'node_config_gypi%': 'config.gypi',
    'runtime_libraries': [ '-luv', '-lcares', '-lssl', '-lcrypto', '-lz', '-lbrotlienc',
                           '-lbrotlidec', '-licuuc', '-ldl' ],
  },
  'target_defaults': {
    'include_dirs': [ 'src', '<(SHARED_INTERMEDIATE_DIR)' ],
    'defines': [ '_GNU_SOURCE', 'NODE_WANT_INTERNALS=1' ],
  },
  'targets': [
    {
      'target_name': 'node_js2c',
      'type': 'none',
      'actions': [{
        'action_name': 'js2c',
        'inputs': [ 'tools/js2c.py', '<(node_config_gypi)', '<@(library_files)' ],
        'outputs': [ '<(SHARED_INTERMEDIATE_DIR)/node_javascript.c' ],
        'action': [ 'python3', 'tools/js2c.py', '--config', '<(node_config_gypi)', '<@(_outputs)',
                    '<@(library_files)' ],
      }],
    },
    {
      'target_name': 'llhttp',
      'type': 'static_library',
      'include_dirs': [ 'deps/llhttp' ],
      'direct_dependent_settings': { 'include_dirs': [ 'deps/llhttp' ] },
      'cflags_c!': [ '-Werror', '-Wextra' ],
      'sources': [ 'deps/llhttp/llhttp.c', 'deps/llhttp/api.c', 'deps/llhttp/http.c' ],
    },
    {
      # The only C++ in the tree: the C ABI over V8 (src/js.h). Compiled once per binary
      # that needs it, so no archive of LTO objects is involved.
      'target_name': 'js_shim',
      'type': 'none',
      'direct_dependent_settings': {
        'sources': [ 'src/js_v8.cc' ],
        'include_dirs': [ 'deps/v8/include' ],
        # The built binary finds libnode in deps/; an installed one in PREFIX/lib.
        'ldflags': [ '-L<(v8_lib_dir)', '-Wl,-rpath,<(v8_lib_dir)',
                     '-Wl,-rpath,\\$$ORIGIN/../lib' ],
        'libraries': [ '-lv8', '-lstdc++', '-lm' ],
      },
    },
    {
      # The first stage: node without a code cache, which makes the code cache after running
      # a start-up workload (src/mkcodecache/builder.c).
      'target_name': 'node_mkcodecache',
      'type': 'executable',
      'dependencies': [ 'node_js2c', 'js_shim', 'llhttp' ],
      'sources': [
        '<@(runtime_sources)',
        'src/mkcodecache/builder.c',
        'src/mkcodecache/empty_cache.c',
        '<(SHARED_INTERMEDIATE_DIR)/node_javascript.c',
      ],
      'defines': [ 'NODE_BUILD_CODE_CACHE' ],
      'libraries': [ '<@(runtime_libraries)' ],
    },
    {
      'target_name': 'node_code_cache',
      'type': 'none',
      'dependencies': [ 'node_mkcodecache' ],
      'actions': [{
        'action_name': 'mkcodecache',
        'inputs': [ '<(PRODUCT_DIR)/node_mkcodecache' ],
        'outputs': [ '<(SHARED_INTERMEDIATE_DIR)/node_code_cache.c' ],
        'action': [ '<(PRODUCT_DIR)/node_mkcodecache', '--build-code-cache', '<@(_outputs)' ],
      }],
    },
    {
      'target_name': 'node',
      'type': 'executable',
      'dependencies': [ 'node_js2c', 'node_code_cache', 'js_shim', 'llhttp' ],
      'sources': [
        '<@(runtime_sources)',
        '<(SHARED_INTERMEDIATE_DIR)/node_javascript.c',
        '<(SHARED_INTERMEDIATE_DIR)/node_code_cache.c',
      ],
      'libraries': [ '<@(runtime_libraries)' ],
    },
    {
      'target_name': 'cctest',
      'type': 'executable',
      'dependencies': [ 'js_shim' ],
      'sources': [ 'test/cctest/test_js.c' ],
    },
  ],
}
