#!/bin/sh
# fetch-deps.sh -- installs the Debian packages the build needs and unpacks V8 (libnode108,
# libnode-dev) and llhttp (node-llhttp) into deps/; curl (HTTP tests) and wrk (benchmarks) too.
# Idempotent: quick when already done.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
deps="$top/deps"

need_pkgs="libuv1-dev libc-ares-dev libssl-dev zlib1g-dev libbrotli-dev libicu-dev \
libnghttp2-14 gyp python3 g++ make curl wrk"

missing=""
for p in $need_pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "fetch-deps: installing$missing"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || true
  $SUDO apt-get install -y -qq $missing
fi

stamp="$deps/.fetched-v4"
[ -f "$stamp" ] && exit 0

mkdir -p "$deps/pkgs" "$deps/root"
cd "$deps/pkgs"
for p in libnode108 libnode-dev node-llhttp; do
  ls ${p}_*.deb >/dev/null 2>&1 || apt-get download "$p"
done
for f in *.deb; do dpkg-deb -x "$f" "$deps/root"; done

# The layout the build uses: deps/v8/include (V8 headers only), deps/v8/lib (libv8.so ->
# libnode.so.108), deps/llhttp (llhttp's C sources and header).
rm -rf "$deps/v8" "$deps/llhttp"
mkdir -p "$deps/v8/include" "$deps/v8/lib" "$deps/llhttp"
inc="$deps/root/usr/include/node"
cp "$inc"/v8*.h "$deps/v8/include/"
cp -r "$inc/libplatform" "$inc/cppgc" "$deps/v8/include/"
lib=$(find "$deps/root" -name 'libnode.so.108' | head -n 1)
cp "$lib" "$deps/v8/lib/libnode.so.108"
python3 "$top/tools/lazy-bind.py" "$deps/v8/lib/libnode.so.108"
python3 "$top/tools/self-bind.py" "$deps/v8/lib/libnode.so.108"
ln -sf libnode.so.108 "$deps/v8/lib/libv8.so"
cp "$deps"/root/usr/share/llhttp/*.c "$deps/llhttp/" 2>/dev/null || true
find "$deps/root" -name 'llhttp.h' -exec cp {} "$deps/llhttp/" \;
touch "$stamp"
echo "fetch-deps: done"
