#!/usr/bin/env python3
"""lazy-bind.py LIB -- clears DF_BIND_NOW and DF_1_NOW in a shared library's dynamic section.

Debian links libnode.so.108 with -z now: the dynamic loader then resolves all ~30,000 of its
PLT symbols before main(), about 25 ms of every start-up here, though a run calls a small
fraction of them. With the flags cleared they are bound on first call. The cost is full
RELRO for that library's PLT (its GOT stays writable), the usual default for shared
libraries built without -z now."""
import os
import struct
import sys

DT_NULL, DT_FLAGS, DT_FLAGS_1 = 0, 30, 0x6ffffffb
DF_BIND_NOW, DF_1_NOW = 0x8, 0x1
PT_DYNAMIC = 2


def main(path):
    with open(path, 'rb') as f:
        data = bytearray(f.read())
        if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
            sys.exit('lazy-bind: %s is not a 64-bit little-endian ELF file' % path)
        phoff, = struct.unpack_from('<Q', data, 0x20)
        phentsize, phnum = struct.unpack_from('<HH', data, 0x36)
        for i in range(phnum):
            ph = phoff + i * phentsize
            if struct.unpack_from('<I', data, ph)[0] != PT_DYNAMIC:
                continue
            offset, = struct.unpack_from('<Q', data, ph + 8)
            size, = struct.unpack_from('<Q', data, ph + 32)
            for entry in range(offset, offset + size, 16):
                tag, value = struct.unpack_from('<qQ', data, entry)
                if tag == DT_NULL:
                    break
                if tag == DT_FLAGS:
                    value &= ~DF_BIND_NOW
                elif tag == DT_FLAGS_1:
                    value &= ~DF_1_NOW
                struct.pack_into('<qQ', data, entry, tag, value)
    # A new file, renamed over the old one: running programs keep the one they mapped.
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


if __name__ == '__main__':
    main(sys.argv[1])
