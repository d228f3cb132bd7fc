#!/usr/bin/env python3
"""gen-idna-table.py -- writes lib/internal/idna_table.js, the data lib/internal/idna.js needs
for UTS #46 processing: the IDNA mapping table and the few character properties its validity
checks use (General_Category Mark, Bidi_Class, Joining_Type, Canonical_Combining_Class Virama).

Node 20 (ada 2.9) maps with the Unicode 15.0 IDNA table but checks labels with Unicode 13.0
character properties (a character added later is an L, not a mark, for it), so this takes:

    --uts46 FILE  idna's uts46data.py at version 15.0.0 (pip vendors it:
                  .../site-packages/pip/_vendor/idna/uts46data.py)
    --ucd DIR     a Unicode character database with extracted/DerivedJoiningType.txt, such as
                  Debian's unicode-data 15.0.0 (`apt-get download unicode-data && dpkg -x
                  unicode-data_*.deb root`; DIR is then root/usr/share/unicode); joining types
                  are kept for the characters Unicode 13.0 has
    and runs under a Python whose unicodedata is Unicode 13.0 (Python 3.9 or 3.10), which gives
    General_Category, Bidi_Class and Canonical_Combining_Class.

Usage: python3.10 tools/gen-idna-table.py --uts46 FILE --ucd DIR [-o lib/internal/idna_table.js]

Encoding (decoded by lib/internal/idna.js): every table is a string of unsigned integers, each
written little-endian in base 32: digits 'g'..'z', '0'..'9', '+', '/' continue a number and
'A'..'Z', 'a'..'f' end it.
- mapping: entries `startDelta kind [...]` over the whole code space, each entry running to
  the next one's start. kind 0 valid (deviations are valid: nontransitional processing, and
  UseSTD3ASCIIRules is off), 1 ignored, 2 disallowed, 3 mapped by a constant offset (then
  `zigzag(offset)`), 4 mapped to a string (then `count cp...`).
- marks, virama: `startDelta length` ranges.
- joinLeft, joinRight: `startDelta length` ranges of the characters whose Joining_Type is L
  or D, resp. R or D.
- bidi: `startDelta length class` ranges of the classes other than L, class being an index in
  BIDI_CLASSES; only code points valid for IDNA matter, so a range may span others.
"""

import argparse
import importlib.util
import os
import sys
import unicodedata

CONT = 'ghijklmnopqrstuvwxyz0123456789+/'
END = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'
BIDI_CLASSES = ['L', 'R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM', 'B', 'S', 'WS',
                'LRE', 'LRO', 'RLE', 'RLO', 'PDF', 'LRI', 'RLI', 'FSI', 'PDI']
# Node 20's ContextJ check (ada) misses these Joining_Type L/D, resp. R/D, characters: a ZWNJ
# after, resp. before, one of them makes the label invalid there. Found by probing Node 20's
# url.domainToASCII() with every code point; kept so that we accept and reject what it does.
NODE_JOIN_LEFT_GAPS = '''
767..76a 76d..770 772 775..777 77a..77f 7ca..7ea 841..845 848 84a..84f 860 862..865 868 8a1
8af..8b0 8b3..8b8 8ba..8c7 1878 10ac0..10ac4 10acd 10ad3..10adc 10ade..10ae0 10aeb..10aee 10b80
10b82 10b86..10b88 10b8a..10b8b 10b8d 10b90 10bad..10bae 10d00..10d21 10d23 10f30..10f32
10f34..10f44 10f51..10f53 10fb0 10fb2..10fb3 10fb8 10fbb..10fbc 10fbe..10fbf 10fc1 10fc4
10fca..10fcb 1e922..1e943'''
NODE_JOIN_RIGHT_GAPS = '''
767..77f 7ca..7ea 840..84f 856..858 860 862..865 867..86a 8a1 8ae..8c7 1878 10ac0..10ac5 10ac7
10ac9..10aca 10ace..10ad6 10ad8..10ae1 10ae4 10aeb..10aef 10b80..10b91 10ba9..10bae 10d01..10d23
10f30..10f44 10f51..10f54 10fb0 10fb2..10fb6 10fb8..10fbf 10fc1..10fc4 10fc9..10fca 1e922..1e943'''
MAX = 0x110000


def ranges_of(text):
    out = set()
    for token in text.split():
        first, _, last = token.partition('..')
        out.update(range(int(first, 16), int(last or first, 16) + 1))
    return out


def enc(n):
    if n < 0:
        raise ValueError(n)
    out = []
    while n >= 32:
        out.append(CONT[n & 31])
        n >>= 5
    out.append(END[n])
    return ''.join(out)


def zigzag(n):
    return n * 2 if n >= 0 else -n * 2 - 1


def ucd_lines(path):
    """(first, last, fields) for each data line; @missing lines come first, as defaults."""
    missing, data = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            target = data
            if line.startswith('# @missing:'):
                line = line[len('# @missing:'):]
                target = missing
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(';')]
            first, _, last = fields[0].partition('..')
            first = int(first, 16)
            target.append((first, int(last, 16) if last else first, fields[1:]))
    return missing + data


def load_uts46(path):
    spec = importlib.util.spec_from_file_location('uts46data', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.__version__, mod.uts46data


def build_mapping(rows):
    """Per code point: ('V'|'I'|'X', None) or ('M', mapping), with STD3 rules off."""
    status = [None] * MAX
    for i, row in enumerate(rows):
        end = rows[i + 1][0] if i + 1 < len(rows) else MAX
        kind = row[1]
        mapping = row[2] if len(row) > 2 else None
        if kind == '3':
            kind = 'M' if mapping is not None else 'V'
        elif kind == 'D':
            kind = 'V'
        for cp in range(row[0], end):
            status[cp] = (kind, mapping if kind == 'M' else None)
    return status


def encode_mapping(status):
    out = []
    prev_start = 0
    cp = 0
    while cp < MAX:
        kind, mapping = status[cp]
        end = cp + 1
        if kind == 'M':
            cps = [ord(c) for c in mapping]
            if len(cps) == 1:
                delta = cps[0] - cp
                while (end < MAX and status[end][0] == 'M' and len(status[end][1]) == 1 and
                       ord(status[end][1]) - end == delta):
                    end += 1
                body = enc(3) + enc(zigzag(delta))
            else:
                body = enc(4) + enc(len(cps)) + ''.join(enc(c) for c in cps)
        else:
            while end < MAX and status[end][0] == kind:
                end += 1
            body = enc({'V': 0, 'I': 1, 'X': 2}[kind])
        out.append(enc(cp - prev_start) + body)
        prev_start = cp
        cp = end
    return ''.join(out)


def encode_ranges(ranges, with_value=False):
    out = []
    prev = 0
    for r in ranges:
        first, last = r[0], r[1]
        out.append(enc(first - prev) + enc(last - first + 1) + (enc(r[2]) if with_value else ''))
        prev = first
    return ''.join(out)


def merge(points, value_of=None, bridge=None):
    """Ranges (first, last[, value]) over sorted code points; `bridge(cp)` says a gap code
    point may be absorbed into a range."""
    ranges = []
    for cp in points:
        value = value_of(cp) if value_of else None
        if ranges:
            first, last, v = ranges[-1]
            if v == value and (last + 1 == cp or
                               (bridge and all(bridge(g) for g in range(last + 1, cp)))):
                ranges[-1] = (first, cp, v)
                continue
        ranges.append((cp, cp, value))
    return ranges


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--uts46', required=True)
    ap.add_argument('--ucd', required=True)
    ap.add_argument('-o', '--output',
                    default=os.path.join(os.path.dirname(__file__), '..', 'lib', 'internal',
                                         'idna_table.js'))
    args = ap.parse_args()

    version, rows = load_uts46(args.uts46)
    status = build_mapping(rows)
    ucd = args.ucd
    extracted = os.path.join(ucd, 'extracted')

    valid = [status[cp][0] == 'V' for cp in range(MAX)]

    def not_valid(cp):
        return not valid[cp]

    if unicodedata.unidata_version != '13.0.0':
        sys.exit('run this under a Python whose unicodedata is 13.0.0 (3.9 or 3.10), not %s' %
                 unicodedata.unidata_version)
    chars = [chr(cp) for cp in range(MAX)]
    assigned = [unicodedata.category(c) != 'Cn' for c in chars]

    marks = merge([cp for cp in range(MAX) if unicodedata.category(chars[cp])[0] == 'M'],
                  bridge=not_valid)
    virama = merge([cp for cp in range(MAX) if unicodedata.combining(chars[cp]) == 9])

    join_left = set()   # Joining_Type L or D: joins with what follows
    join_right = set()  # R or D: joins with what precedes
    for first, last, fields in ucd_lines(os.path.join(extracted, 'DerivedJoiningType.txt')):
        for cp in range(first, last + 1):
            if not assigned[cp]:
                continue
            join_left.discard(cp)
            join_right.discard(cp)
            if fields[0] in ('L', 'D'):
                join_left.add(cp)
            if fields[0] in ('R', 'D'):
                join_right.add(cp)
    join_left -= ranges_of(NODE_JOIN_LEFT_GAPS)
    join_right -= ranges_of(NODE_JOIN_RIGHT_GAPS)
    join_left = merge(sorted(join_left), bridge=not_valid)
    join_right = merge(sorted(join_right), bridge=not_valid)

    def bidi(cp):
        return unicodedata.bidirectional(chars[cp]) or 'L'

    points = [cp for cp in range(MAX) if valid[cp] and bidi(cp) != 'L']
    bidi_ranges = merge(points, lambda cp: BIDI_CLASSES.index(bidi(cp)), bridge=not_valid)

    with open(args.output, 'w', encoding='ascii') as f:
        f.write("'use strict';\n")
        f.write('// Generated by tools/gen-idna-table.py from the Unicode %s IDNA mapping table\n'
                '// (UTS #46) and Unicode 13.0 character properties; do not edit. Decoded by\n'
                '// lib/internal/idna.js.\n\n' % version)
        f.write('module.exports = {\n')
        f.write("  unicodeVersion: '%s',\n" % version)
        f.write('  bidiClasses: [%s],\n' % ', '.join("'%s'" % c for c in BIDI_CLASSES))
        for name, data in (('mapping', encode_mapping(status)),
                           ('marks', encode_ranges(marks)),
                           ('virama', encode_ranges(virama)),
                           ('joinLeft', encode_ranges(join_left)),
                           ('joinRight', encode_ranges(join_right)),
                           ('bidi', encode_ranges(bidi_ranges, True))):
            f.write('  %s:\n' % name)
            chunks = [data[i:i + 94] for i in range(0, len(data), 94)] or ['']
            f.write(' +\n'.join("    '%s'" % c for c in chunks))
            f.write(',\n')
        f.write('};\n')


if __name__ == '__main__':
    main()
