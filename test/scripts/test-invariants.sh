#!/bin/sh
# The invariants of doc/DESIGN: only src/js_v8.cc is C++ and includes V8 (or Node) headers;
# the binary imports no node:: symbol; deps/ is not tracked.
set -u
cd "$(dirname "$0")/../.."
fail=0
cxx=$(find src -name '*.cc' -o -name '*.cpp' -o -name '*.cxx' | grep -v '^src/js_v8\.cc$')
[ -n "$cxx" ] && { echo "C++ outside src/js_v8.cc: $cxx"; fail=1; }
inc=$(grep -rlE '#[[:space:]]*include[[:space:]]*[<"](v8[-a-z]*\.h|libplatform/|cppgc/|node\.h)' src tools | grep -v '^src/js_v8\.cc$')
[ -n "$inc" ] && { echo "V8 or Node headers included outside src/js_v8.cc: $inc"; fail=1; }
bin=${NODE_BINARY:-out/Release/node}
if nm -D --undefined-only "$bin" | c++filt | grep -q 'node::'; then
  echo "$bin imports node:: symbols"; fail=1
fi
if git ls-files deps 2>/dev/null | grep -q .; then echo "files under deps/ are tracked"; fail=1; fi
grep -q -- '-Werror' common.gypi || { echo "C is not built with -Werror"; fail=1; }
exit $fail
