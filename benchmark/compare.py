#!/usr/bin/env python3
"""compare.py -- runs benchmark cases under two node binaries, alternately, several times,
and prints for each case and config the mean of each, the ratio new/old, the spread
(standard deviation in percent of the mean) and Welch's t-test p-value that they differ.

Usage: benchmark/compare.py --old /usr/bin/node --new ./node [--runs 5] [--set n=1000]
                            [--test] [--in-process] [--filter TEXT] <cases or dirs>...
A case is benchmark/<dir>/<case>.js (or <dir>/<case>.js); a dir runs every case in it.
"""

import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

BENCHMARK_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCHMARK_DIR)
NOT_CASES = {'common.js'}
# "<case> <key>=<value> ...: <number> <unit>", as benchmark/common.js prints it.
RESULT_RE = re.compile(r'^(?P<case>\S+\.js)(?P<config>(?: \S+?=.*?)*): '
                       r'(?P<value>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|NaN|Infinity)'
                       r'(?: (?P<unit>.+))?$')
HIGHER_IS_BETTER = ('ops/sec', 'runs/sec')


def find_cases(selectors):
    cases = []
    for selector in selectors:
        candidates = [selector, os.path.join(BENCHMARK_DIR, selector),
                      os.path.join(BENCHMARK_DIR, selector + '.js')]
        path = next((os.path.abspath(c) for c in candidates if os.path.exists(c)), None)
        if path is None:
            sys.exit(f'compare.py: {selector}: no such case or directory')
        if os.path.isdir(path):
            found = sorted(os.path.join(path, name) for name in os.listdir(path)
                           if name.endswith('.js') and name not in NOT_CASES
                           and is_case(os.path.join(path, name)))
            if not found:
                sys.exit(f'compare.py: {selector}: no benchmark cases in it')
            cases.extend(found)
        else:
            cases.append(path)
    unique = []
    for case in cases:
        if case not in unique:
            unique.append(case)
    return unique


def is_case(path):
    """Helpers beside the cases (startup-common.js) do not create a benchmark."""
    with open(path, encoding='utf-8', errors='replace') as f:
        return 'createBenchmark(' in f.read()


def child_env():
    env = dict(os.environ)
    # Both binaries must start the same way: no extra CA certificates to load, no options.
    for name in ('NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'):
        env.pop(name, None)
    return env


def run_case(binary, case, extra_args, timeout):
    command = [binary, case, *extra_args]
    start = time.monotonic()
    try:
        proc = subprocess.run(command, cwd=ROOT, env=child_env(), stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f'timed out after {timeout:g} s'
    except OSError as e:
        return None, str(e)
    elapsed = time.monotonic() - start
    stdout = proc.stdout.decode('utf-8', 'replace')
    stderr = proc.stderr.decode('utf-8', 'replace')
    if proc.returncode != 0:
        return None, f'exit code {proc.returncode}\n{stdout}{stderr}'.rstrip()
    results = []
    for line in stdout.splitlines():
        match = RESULT_RE.match(line.strip())
        if match:
            results.append((match.group('case') + match.group('config'),
                            float(match.group('value')), match.group('unit') or 'ops/sec'))
    if not results:
        return None, f'printed no results ({elapsed:.1f} s)\n{stdout}{stderr}'.rstrip()
    return results, None


# Welch's t-test; Student's t distribution through the regularized incomplete beta function.
def betacf(a, b, x):
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-12:
            break
    return h


def incomplete_beta(a, b, x):
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) +
                     a * math.log(x) + b * math.log(1.0 - x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * betacf(a, b, x) / a
    return 1.0 - front * betacf(b, a, 1.0 - x) / b


def welch_p_value(xs, ys):
    """Two-sided p-value that the means of xs and ys are equal; None when not computable."""
    if len(xs) < 2 or len(ys) < 2:
        return None
    vx, vy = statistics.variance(xs) / len(xs), statistics.variance(ys) / len(ys)
    if vx + vy == 0:
        return 0.0 if statistics.mean(xs) != statistics.mean(ys) else 1.0
    t = (statistics.mean(xs) - statistics.mean(ys)) / math.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (len(xs) - 1) + vy ** 2 / (len(ys) - 1))
    return incomplete_beta(df / 2.0, 0.5, df / (df + t * t))


def stars(p):
    if p is None:
        return ''
    return '***' if p < 0.001 else '**' if p < 0.01 else '*' if p < 0.05 else ''


def spread(values):
    """Relative standard deviation, in percent of the mean."""
    mean = statistics.mean(values)
    if len(values) < 2 or mean == 0:
        return 0.0
    return 100.0 * statistics.stdev(values) / abs(mean)


def fmt(value):
    return f'{value:,.2f}' if abs(value) >= 100 else f'{value:.4g}'


def print_table(rows):
    headers = ('case / config', 'old', 'new', 'new/old', 'old ±%', 'new ±%', 'p', '')
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    for r in [headers, *rows]:
        cells = [str(r[0]).ljust(widths[0])]
        cells += [str(c).rjust(w) for c, w in zip(r[1:], widths[1:])]
        print('  '.join(cells).rstrip())


def main():
    parser = argparse.ArgumentParser(
        description='Compares benchmark rates of two node binaries. Prints per case and '
        'config: the means, new/old, relative standard deviations and Welch\'s '
        't-test p-value (* p<0.05, ** p<0.01, *** p<0.001).')
    parser.add_argument('--old', required=True, help='the baseline binary')
    parser.add_argument('--new', required=True, help='the binary being measured')
    parser.add_argument('--runs', type=int, default=5, help='runs of each binary (default 5)')
    parser.add_argument('--set', action='append', default=[], metavar='KEY=VALUE',
                        help='config override passed to every case (repeatable)')
    parser.add_argument('--test', action='store_true',
                        help='run the cases in --test mode (a quick check that they work)')
    parser.add_argument('--in-process', action='store_true',
                        help='run each case\'s configs in one process (for a binary that '
                        'cannot spawn children yet)')
    parser.add_argument('--filter', help='only configs whose "case config" contains this text')
    parser.add_argument('--timeout', type=float, default=600.0,
                        help='seconds for one run of one case (default 600)')
    parser.add_argument('cases', nargs='+', help='case files or directories')
    options = parser.parse_args()

    binaries = {}
    for label in ('old', 'new'):
        binary = getattr(options, label)
        resolved = binary if os.sep in binary else (shutil.which(binary) or binary)
        if not os.access(resolved, os.X_OK):
            sys.exit(f'compare.py: --{label} {binary}: not an executable')
        binaries[label] = os.path.abspath(resolved)
    cases = find_cases(options.cases)
    extra_args = list(options.set) + (['--test'] if options.test else []) + \
        (['--in-process'] if options.in_process else [])

    samples = {}  # (key, unit) -> {'old': [...], 'new': [...]}
    order = []
    errors = []
    for run in range(options.runs):
        for case in cases:
            # Alternate which binary goes first, so neither always runs on a warmer machine.
            labels = ('old', 'new') if run % 2 == 0 else ('new', 'old')
            for label in labels:
                name = os.path.relpath(case, BENCHMARK_DIR)
                print(f'[{run + 1}/{options.runs}] {name} ({label})', file=sys.stderr, flush=True)
                results, error = run_case(binaries[label], case, extra_args, options.timeout)
                if error:
                    errors.append(f'{name} ({label}, {binaries[label]}): {error}')
                    continue
                for key, value, unit in results:
                    if options.filter and options.filter not in key:
                        continue
                    slot = (key, unit)
                    if slot not in samples:
                        samples[slot] = {'old': [], 'new': []}
                        order.append(slot)
                    samples[slot][label].append(value)

    rows = []
    for key, unit in order:
        old, new = samples[(key, unit)]['old'], samples[(key, unit)]['new']
        if not old or not new:
            continue
        old_mean, new_mean = statistics.mean(old), statistics.mean(new)
        ratio = new_mean / old_mean if old_mean else float('inf')
        p = welch_p_value(old, new)
        note = '' if unit in HIGHER_IS_BETTER else f'({unit}, lower is better)'
        rows.append((key, fmt(old_mean), fmt(new_mean), f'{ratio:.3f}', f'{spread(old):.1f}%',
                     f'{spread(new):.1f}%', '' if p is None else f'{p:.3f}{stars(p)}', note))
    print(f'old: {binaries["old"]}  new: {binaries["new"]}  runs: {options.runs}  '
          '(rates in ops/sec unless noted)')
    if rows:
        print_table(rows)
    for error in errors:
        print(f'error: {error}', file=sys.stderr)
    return 1 if errors or not rows else 0


if __name__ == '__main__':
    sys.exit(main())
