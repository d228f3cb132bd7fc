#!/usr/bin/env python3
"""lazy-bind.py LIB -- makes a shared library linked with -z now bind its PLT lazily.

Debian links libnode.so.108 with -z now: the dynamic loader then resolves all ~30,000 of its
PLT symbols before main(), about 20 ms of every start-up here, though a run calls a small
fraction of them. This clears DF_BIND_NOW/DF_1_NOW so that symbols are bound on first call,
and ends the read-only-after-relocation (RELRO) region where the GOT starts, since lazy
binding writes the GOT: the library keeps RELRO for its .data.rel.ro, .dynamic and init
arrays, the "partial RELRO" of shared libraries built without -z now."""
import os
import struct
import sys

DT_NULL, DT_FLAGS, DT_FLAGS_1 = 0, 30, 0x6ffffffb
DF_BIND_NOW, DF_1_NOW = 0x8, 0x1
PT_DYNAMIC, PT_GNU_RELRO = 2, 0x6474e552


def section_address(data, wanted):
    shoff, = struct.unpack_from('<Q', data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3a)
    strtab_off, = struct.unpack_from('<Q', data, shoff + shstrndx * shentsize + 0x18)
    for i in range(shnum):
        sh = shoff + i * shentsize
        name_off, = struct.unpack_from('<I', data, sh)
        end = data.index(b'\0', strtab_off + name_off)
        if data[strtab_off + name_off:end].decode() == wanted:
            return struct.unpack_from('<Q', data, sh + 0x10)[0]
    return None


def main(path):
    with open(path, 'rb') as f:
        data = bytearray(f.read())
    if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
        sys.exit('lazy-bind: %s is not a 64-bit little-endian ELF file' % path)
    got = section_address(data, '.got.plt') or section_address(data, '.got')
    phoff, = struct.unpack_from('<Q', data, 0x20)
    phentsize, phnum = struct.unpack_from('<HH', data, 0x36)
    for i in range(phnum):
        ph = phoff + i * phentsize
        p_type, = struct.unpack_from('<I', data, ph)
        if p_type == PT_GNU_RELRO and got is not None:
            vaddr, = struct.unpack_from('<Q', data, ph + 16)
            memsz, = struct.unpack_from('<Q', data, ph + 40)
            if vaddr <= got < vaddr + memsz:
                struct.pack_into('<Q', data, ph + 32, got - vaddr)  # p_filesz
                struct.pack_into('<Q', data, ph + 40, got - vaddr)  # p_memsz
        if p_type != PT_DYNAMIC:
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
