#!/usr/bin/env python3
"""self-bind.py LIB -- binds a shared library's references to its own symbols at build time.

libnode.so.108 is linked without -Bsymbolic: each of its ~30,000 absolute (R_X86_64_64) and
GOT (R_X86_64_GLOB_DAT) relocations names a symbol, and the dynamic loader looks every one
up by name through each library of the process at start-up, about a third of the time
`node -e 0` takes. Most name the library's own functions, vtables and data. When such a
symbol is defined by no other library the process can load before it (its dependencies,
which are also every library our executable links), the lookup can only find the library
itself, so the answer is known now: the relocation becomes R_X86_64_RELATIVE with the
symbol's address as its addend, which the loader applies without a lookup. Names the
executable itself may define (the Node-API and libuv ones, exported for addons) stay
symbolic, as do TLS and IFUNC symbols. The RELATIVE relocations are sorted first and
DT_RELACOUNT updated, so the loader runs them in its fast loop.

Calls through the PLT are bound lazily (tools/lazy-bind.py), each by a lookup on its first
call. For the same own symbols, the GOT slot in the file is set to the function itself:
the loader, binding lazily, only adds the load address to it, so the first call goes
straight there."""
import os
import struct
import subprocess
import sys

DT_NULL, DT_PLTRELSZ, DT_RELA, DT_RELASZ, DT_JMPREL, DT_RELACOUNT = 0, 2, 7, 8, 23, 0x6ffffff9
R_64, R_GLOB_DAT, R_JUMP_SLOT, R_RELATIVE = 1, 6, 7, 8
STT_TLS, STT_GNU_IFUNC = 6, 10
STB_LOCAL = 0
SHT_DYNSYM = 11
KEEP_PREFIXES = (b'napi_', b'node_api_', b'uv_')


def sections(data):
    shoff, = struct.unpack_from('<Q', data, 0x28)
    shentsize, shnum, _ = struct.unpack_from('<HHH', data, 0x3a)
    for i in range(shnum):
        yield struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize)


def dynamic_symbols(data):
    """[(name, info, shndx, value)] of the .dynsym table, by index."""
    secs = list(sections(data))
    for sh in secs:
        if sh[1] != SHT_DYNSYM:
            continue
        off, size, link, entsize = sh[4], sh[5], sh[6], sh[9]
        stroff = secs[link][4]
        out = []
        for pos in range(off, off + size, entsize):
            name, info, _, shndx, value, _ = struct.unpack_from('<IBBHQQ', data, pos)
            end = data.index(b'\0', stroff + name)
            out.append((bytes(data[stroff + name:end]), info, shndx, value))
        return out
    sys.exit('self-bind: no .dynsym section')


def defined_names(path):
    with open(path, 'rb') as f:
        data = f.read()
    return {name for name, info, shndx, _ in dynamic_symbols(data)
            if shndx != 0 and (info >> 4) != STB_LOCAL}


def dependencies(path):
    out = subprocess.run(['ldd', path], check=True, capture_output=True, text=True).stdout
    libs = []
    for line in out.splitlines():
        parts = line.split('=>')
        if len(parts) == 2 and parts[1].strip().startswith('/'):
            libs.append(parts[1].split('(')[0].strip())
    return libs


def dynamic_entries(data):
    phoff, = struct.unpack_from('<Q', data, 0x20)
    phentsize, phnum = struct.unpack_from('<HH', data, 0x36)
    for i in range(phnum):
        ph = phoff + i * phentsize
        if struct.unpack_from('<I', data, ph)[0] != 2:  # PT_DYNAMIC
            continue
        offset, = struct.unpack_from('<Q', data, ph + 8)
        size, = struct.unpack_from('<Q', data, ph + 32)
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from('<qQ', data, entry)
            if tag == DT_NULL:
                return
            yield entry, tag, value


def vaddr_to_offset(data, vaddr):
    phoff, = struct.unpack_from('<Q', data, 0x20)
    phentsize, phnum = struct.unpack_from('<HH', data, 0x36)
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz, _, _ = struct.unpack_from(
            '<IIQQQQQQ', data, phoff + i * phentsize)
        if p_type == 1 and p_vaddr <= vaddr < p_vaddr + p_filesz:  # PT_LOAD
            return vaddr - p_vaddr + p_offset
    sys.exit('self-bind: address %#x is in no loaded segment' % vaddr)


def main(path):
    with open(path, 'rb') as f:
        data = bytearray(f.read())
    if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
        sys.exit('self-bind: %s is not a 64-bit little-endian ELF file' % path)
    others = set()
    for lib in dependencies(path):
        others |= defined_names(lib)
    symbols = dynamic_symbols(data)

    def own(index):
        name, sinfo, shndx, _ = symbols[index]
        return (shndx != 0 and (sinfo & 0xf) not in (STT_TLS, STT_GNU_IFUNC)
                and name not in others and not name.startswith(KEEP_PREFIXES))

    dyn = {tag: (entry, value) for entry, tag, value in dynamic_entries(data)}
    if DT_RELA not in dyn or DT_RELACOUNT not in dyn:
        sys.exit('self-bind: no RELA table with a RELACOUNT')
    start = vaddr_to_offset(data, dyn[DT_RELA][1])
    count = dyn[DT_RELASZ][1] // 24
    relative, rest = [], []
    for pos in range(start, start + count * 24, 24):
        offset, info, addend = struct.unpack_from('<QQq', data, pos)
        kind, index = info & 0xffffffff, info >> 32
        if kind in (R_64, R_GLOB_DAT) and index:
            if own(index):
                bound = symbols[index][3] + (addend if kind == R_64 else 0)
                relative.append((offset, R_RELATIVE, bound))
                continue
        (relative if kind == R_RELATIVE and not index else rest).append((offset, info, addend))
    prebound = 0
    if DT_JMPREL in dyn:
        plt = vaddr_to_offset(data, dyn[DT_JMPREL][1])
        for pos in range(plt, plt + dyn[DT_PLTRELSZ][1], 24):
            offset, info, addend = struct.unpack_from('<QQq', data, pos)
            if info & 0xffffffff == R_JUMP_SLOT and own(info >> 32):
                slot = vaddr_to_offset(data, offset)
                target = symbols[info >> 32][3] + addend
                if struct.unpack_from('<Q', data, slot)[0] != target:
                    struct.pack_into('<Q', data, slot, target)
                    prebound += 1
    if len(relative) == dyn[DT_RELACOUNT][1] and not prebound:
        return
    relative.sort()
    for i, rel in enumerate(relative + rest):
        struct.pack_into('<QQq', data, start + i * 24, *rel)
    entry = dyn[DT_RELACOUNT][0]
    struct.pack_into('<qQ', data, entry, DT_RELACOUNT, len(relative))
    print('self-bind: %d of %d symbolic relocations and %d PLT slots bound to the library itself'
          % (len(relative) - dyn[DT_RELACOUNT][1], count - dyn[DT_RELACOUNT][1], prebound))
    # A new file, renamed over the old one: running programs keep the one they mapped.
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


if __name__ == '__main__':
    main(sys.argv[1])
