#!/usr/bin/env python3
"""gen-idna-table.py -- writes lib/internal/idna_table.js, the data lib/internal/idna.js needs
for UTS #46 processing: the IDNA mapping table and the few character properties its validity
checks use (General_Category Mark, Bidi_Class, Joining_Type, Canonical_Combining_Class Virama).

Node 20 (ada 2.9) processes domains with Unicode 15.0 data, so this must be fed 15.0 data:

    --uts46 FILE  idna's uts46data.py at version 15.0.0 (pip vendors it:
                  .../site-packages/pip/_vendor/idna/uts46data.py)
    --ucd DIR     the Unicode 15.0 character database as Debian's unicode-data 15.0.0 ships
                  it (`apt-get download unicode-data && dpkg -x unicode-data_*.deb root`;
                  DIR is then root/usr/share/unicode)

Usage: tools/gen-idna-table.py --uts46 FILE --ucd DIR [-o lib/internal/idna_table.js]

Encoding (decoded by lib/internal/idna.js): every table is a string of unsigned integers, each
written little-endian in base 32: digits 'g'..'z', '0'..'9', '+', '/' continue a number and
'A'..'Z', 'a'..'f' end it.
- mapping: entries `startDelta kind [...]` over the whole code space, each entry running to
  the next one's start. kind 0 valid (deviations are valid: nontransitional processing, and
  UseSTD3ASCIIRules is off), 1 ignored, 2 disallowed, 3 mapped by a constant offset (then
  `zigzag(offset)`), 4 mapped to a string (then `count cp...`).
- marks, virama: `startDelta length` ranges.
- joining: `startDelta length type` ranges, type 0 L, 1 D, 2 R, 3 T.
- bidi: `startDelta length class` ranges of the classes other than L, class being an index in
  BIDI_CLASSES; only code points valid for IDNA matter, so a range may span others.
"""

import argparse
import importlib.util
import os
import sys

CONT = 'ghijklmnopqrstuvwxyz0123456789+/'
END = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'
BIDI_CLASSES = ['L', 'R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM', 'B', 'S', 'WS',
                'LRE', 'LRO', 'RLE', 'RLO', 'PDF', 'LRI', 'RLI', 'FSI', 'PDI']
BIDI_LONG = {
    'Left_To_Right': 'L', 'Right_To_Left': 'R', 'Arabic_Letter': 'AL', 'Arabic_Number': 'AN',
    'European_Number': 'EN', 'European_Separator': 'ES', 'Common_Separator': 'CS',
    'European_Terminator': 'ET', 'Other_Neutral': 'ON', 'Boundary_Neutral': 'BN',
    'Nonspacing_Mark': 'NSM', 'Paragraph_Separator': 'B', 'Segment_Separator': 'S',
    'White_Space': 'WS',
}
JOINING = {'L': 0, 'D': 1, 'R': 2, 'T': 3}
MAX = 0x110000


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

    marks = []
    for first, last, fields in ucd_lines(os.path.join(extracted, 'DerivedGeneralCategory.txt')):
        if fields[0] in ('Mn', 'Mc', 'Me'):
            marks.extend(range(first, last + 1))
    marks = merge(sorted(set(marks)), bridge=not_valid)

    virama = []
    for first, last, fields in ucd_lines(os.path.join(extracted, 'DerivedCombiningClass.txt')):
        if fields[0] == '9':
            virama.extend(range(first, last + 1))
    virama = merge(sorted(set(virama)))

    joining = {}
    for first, last, fields in ucd_lines(os.path.join(extracted, 'DerivedJoiningType.txt')):
        jt = fields[0]
        for cp in range(first, last + 1):
            if jt in JOINING:
                joining[cp] = JOINING[jt]
            else:
                joining.pop(cp, None)
    joining = merge(sorted(joining), joining.get)

    bidi = ['L'] * MAX
    for first, last, fields in ucd_lines(os.path.join(extracted, 'DerivedBidiClass.txt')):
        cls = BIDI_LONG.get(fields[0], fields[0])
        if cls not in BIDI_CLASSES:
            sys.exit(f'unknown bidi class {fields[0]}')
        for cp in range(first, last + 1):
            bidi[cp] = cls
    points = [cp for cp in range(MAX) if valid[cp] and bidi[cp] != 'L']
    bidi_ranges = merge(points, lambda cp: BIDI_CLASSES.index(bidi[cp]), bridge=not_valid)

    with open(args.output, 'w', encoding='ascii') as f:
        f.write("'use strict';\n")
        f.write('// Generated by tools/gen-idna-table.py from the Unicode %s IDNA mapping table\n'
                '// (UTS #46) and character database; do not edit. Decoded by '
                'lib/internal/idna.js.\n\n' % version)
        f.write('module.exports = {\n')
        f.write("  unicodeVersion: '%s',\n" % version)
        f.write('  bidiClasses: [%s],\n' % ', '.join("'%s'" % c for c in BIDI_CLASSES))
        for name, data in (('mapping', encode_mapping(status)),
                           ('marks', encode_ranges(marks)),
                           ('virama', encode_ranges(virama)),
                           ('joining', encode_ranges(joining, True)),
                           ('bidi', encode_ranges(bidi_ranges, True))):
            f.write('  %s:\n' % name)
            chunks = [data[i:i + 94] for i in range(0, len(data), 94)] or ['']
            f.write(' +\n'.join("    '%s'" % c for c in chunks))
            f.write(',\n')
        f.write('};\n')


if __name__ == '__main__':
    main()
