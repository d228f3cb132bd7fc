#!/bin/sh
# install.sh PREFIX BUILD_DIR -- installs bin/node and the V8 library it loads (lib/, found
# through the binary's $ORIGIN/../lib rpath).
set -eu
prefix=$1
build=$2
top=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$prefix/bin" "$prefix/lib"
install -m 755 "$build/node" "$prefix/bin/node"
install -m 644 "$top/deps/v8/lib/libnode.so.108" "$prefix/lib/libnode.so.108"
if [ -d "$top/include/node" ]; then
  mkdir -p "$prefix/include/node"
  cp -R "$top/include/node/." "$prefix/include/node/"
fi
echo "installed $prefix/bin/node"
