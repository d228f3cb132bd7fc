#!/usr/bin/env python3
"""test.py -- runs the JS, output, C and addon tests in parallel, each with a time-out.

Usage: tools/test.py [--binary PATH | --reference] [-j N] [--timeout S] [suites or files...]
See doc/testing.md. Ends with the line 'N passed, N failed'; exits 1 when any test failed.
"""

import argparse
import difflib
import fnmatch
import os
import queue
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_DIR = os.path.join(ROOT, 'test')
REFERENCE_BINARY = '/usr/bin/node'
SUITES = ('parallel', 'internal', 'output', 'cctest', 'scripts', 'addons', 'reference')
DEFAULT_SUITES = ('parallel', 'internal', 'output', 'cctest', 'scripts', 'addons')
HEADER_LINES = 50
FLAGS_RE = re.compile(r'^\s*//\s*Flags:(.*)$')
TIMEOUT_RE = re.compile(r'^\s*//\s*Timeout:\s*(\d+(?:\.\d+)?)\s*$')
SKIP_RE = re.compile(r'^1\.\.0 # Skipped:(.*)$', re.M)


class Test:
    """One thing to run: `kind` says how ('js', 'output', 'cctest', 'addon')."""

    def __init__(self, suite, kind, path, binary, name):
        self.suite = suite
        self.kind = kind
        self.path = path
        self.binary = binary
        self.name = name
        self.flags = []
        self.timeout = None
        if kind in ('js', 'output', 'addon'):
            self.flags, self.timeout = read_header(path)


class Result:
    def __init__(self, test, status, detail='', command=None, stdout='', stderr='',
                 code=None, elapsed=0.0):
        self.test = test
        self.status = status  # 'pass', 'fail', 'skip'
        self.detail = detail
        self.command = command
        self.stdout = stdout
        self.stderr = stderr
        self.code = code
        self.elapsed = elapsed
        self.compared = ()  # output tests: the streams that were diffed, not worth repeating


def read_header(path):
    """The `// Flags: ...` and `// Timeout: S` lines of a test's first lines."""
    flags = []
    timeout = None
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for _, line in zip(range(HEADER_LINES), f):
                match = FLAGS_RE.match(line)
                if match:
                    flags.extend(shlex.split(match.group(1)))
                    continue
                match = TIMEOUT_RE.match(line)
                if match:
                    timeout = float(match.group(1))
    except OSError:
        pass
    return flags, timeout


def default_binary():
    for candidate in (os.path.join(ROOT, 'out', 'Release', 'node'), os.path.join(ROOT, 'node')):
        if os.access(candidate, os.X_OK):
            return candidate
    return os.path.join(ROOT, 'out', 'Release', 'node')


def rel(path):
    return os.path.relpath(path, TEST_DIR)


def rootrel(path):
    return os.path.relpath(path, ROOT)


LOCAL_REQUIRE_RE = re.compile(r"""require\(['"]\./([^'"]+)['"]\)""")


def uses_harness(path, seen=None):
    """Tests that load our lib/ through test/internal/harness.js (directly or through a local
    helper) run under Node 20 itself: they check lib/ code against Node's own bindings."""
    seen = seen if seen is not None else set()
    if path in seen:
        return False
    seen.add(path)
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
    except OSError:
        return False
    if os.path.basename(path) == 'harness.js' or "'internal/test/binding'" in text:
        return True
    for name in LOCAL_REQUIRE_RE.findall(text):
        target = os.path.join(os.path.dirname(path), name)
        if not target.endswith('.js'):
            target += '.js'
        if uses_harness(target, seen):
            return True
    return False


def js_tests_in(suite, directory, binary):
    try:
        names = sorted(os.listdir(directory))
    except FileNotFoundError:
        return []
    tests = []
    for n in names:
        if not (n.startswith('test-') and n.endswith(('.js', '.mjs'))):
            continue
        path = os.path.join(directory, n)
        test = Test(suite, 'js', path, binary, f'{suite}/{n}')
        if suite == 'internal' and uses_harness(path):
            test.binary = REFERENCE_BINARY
            if '--expose-internals' not in test.flags:
                test.flags.append('--expose-internals')
        tests.append(test)
    return tests


def script_tests(binary):
    directory = os.path.join(TEST_DIR, 'scripts')
    try:
        names = sorted(os.listdir(directory))
    except FileNotFoundError:
        return []
    return [Test('scripts', 'script', os.path.join(directory, n), binary, f'scripts/{n}')
            for n in names if n.startswith('test-') and n.endswith('.sh')]


def output_tests(binary):
    directory = os.path.join(TEST_DIR, 'output')
    try:
        names = sorted(os.listdir(directory))
    except FileNotFoundError:
        return []
    return [Test('output', 'output', os.path.join(directory, n), binary, f'output/{n}')
            for n in names if n.endswith('.js')]


def addon_tests(binary):
    directory = os.path.join(TEST_DIR, 'addons')
    try:
        names = sorted(os.listdir(directory))
    except FileNotFoundError:
        return []
    tests = []
    for n in names:
        path = os.path.join(directory, n, 'test.js')
        if os.path.isfile(path):
            tests.append(Test('addons', 'addon', path, binary, f'addons/{n}'))
    return tests


def cctest_binary(binary):
    """out/Release/cctest, next to the binary under test when that is a build output."""
    beside = os.path.join(os.path.dirname(os.path.abspath(binary)), 'cctest')
    if os.path.isfile(beside):
        return beside
    return os.path.join(ROOT, 'out', 'Release', 'cctest')


def suite_tests(suite, binary):
    if suite == 'parallel':
        return js_tests_in('parallel', os.path.join(TEST_DIR, 'parallel'), binary)
    if suite == 'internal':
        return js_tests_in('internal', os.path.join(TEST_DIR, 'internal'), binary)
    if suite == 'reference':
        return js_tests_in('reference', os.path.join(TEST_DIR, 'parallel'), REFERENCE_BINARY)
    if suite == 'output':
        return output_tests(binary)
    if suite == 'addons':
        return addon_tests(binary)
    if suite == 'cctest':
        return [Test('cctest', 'cctest', cctest_binary(binary), binary, 'cctest')]
    if suite == 'scripts':
        return script_tests(binary)
    raise ValueError(suite)


def select_tests(args, binary):
    """Suite names, files (test/parallel/test-x.js or parallel/test-x.js), directories and
    patterns (parallel/test-fs-*) -> tests, in order, without duplicates."""
    selectors = args or list(DEFAULT_SUITES)
    tests = []
    seen = set()

    def add(found):
        for t in found:
            key = (t.suite, t.path)
            if key not in seen:
                seen.add(key)
                tests.append(t)

    for selector in selectors:
        if selector in SUITES:
            add(suite_tests(selector, binary))
            continue
        path = os.path.abspath(selector)
        if not os.path.exists(path):
            path = os.path.join(TEST_DIR, selector)
        name = rel(path).replace(os.sep, '/')
        suite = name.split('/')[0]
        if suite not in SUITES or name.startswith('..'):
            sys.exit(f'test.py: {selector}: not a suite or a file under test/')
        if suite == 'addons' and os.path.isdir(path) and name.count('/') == 1:
            path = os.path.join(path, 'test.js')
            name = rel(path).replace(os.sep, '/')
        candidates = suite_tests(suite, binary) if suite != 'cctest' else []
        matched = [t for t in candidates
                   if t.path == path or fnmatch.fnmatch(rel(t.path).replace(os.sep, '/'), name)
                   or (os.path.isdir(path) and t.path.startswith(path + os.sep))]
        if not matched:
            sys.exit(f'test.py: {selector}: no such test')
        add(matched)
    return tests


# Output tests: what is compared is normalised on both sides.
NODE_VERSION_RE = re.compile(r'^Node\.js v\d+\.\d+\.\d+\S*$')
BUILTIN_FRAME_RE = re.compile(r'^\s+at (?:.*\()?node:.*$')
PID_RE = re.compile(r'\(node:\d+\)')


BUILTIN_ARROW_RE = re.compile(r'^node:[\w/.-]+:\d+$')


def normalise_output(text, test_path):
    text = text.replace(test_path, '<file>').replace(ROOT, '<root>')
    text = PID_RE.sub('(node:*)', text)
    lines = [line.rstrip() for line in text.replace('\r\n', '\n').split('\n')]
    lines = [line for line in lines if not BUILTIN_FRAME_RE.match(line)]
    # A source arrow into a built-in ("node:internal/x:12", its line, the caret) depends on
    # how the built-in is written: keep only a placeholder.
    kept = []
    i = 0
    while i < len(lines):
        if BUILTIN_ARROW_RE.match(lines[i]):
            kept.append('<builtin arrow>')
            i += 3
            continue
        kept.append(lines[i])
        i += 1
    lines = kept
    while lines and lines[-1] == '':
        lines.pop()
    if lines and NODE_VERSION_RE.match(lines[-1]):
        lines.pop()
        while lines and lines[-1] == '':
            lines.pop()
    return '\n'.join(lines) + '\n' if lines else ''


def expected_files(test):
    base = test.path[:-len('.js')]
    return base + '.out', base + '.err', base + '.code'


def read_text(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return f.read()
    except FileNotFoundError:
        return None


def diff(expected, actual, label):
    lines = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                 f'expected {label}', f'actual {label}')
    return ''.join(lines)


class Runner:
    def __init__(self, options):
        self.options = options
        # Scratch space of this run: test/common/tmpdir.js makes <it>/.tmp.<TEST_THREAD_ID>.
        # Per run, so that two runs in one checkout do not share directories.
        self.scratch = os.path.join(TEST_DIR, f'.tmp.run{os.getpid()}')
        self.lock = threading.Lock()
        self.running = {}  # pid -> process, to kill on Ctrl-C
        self.interrupted = False

    def command_for(self, test):
        if test.kind == 'cctest':
            return [test.path]
        if test.kind == 'script':
            return ['sh', test.path]
        return [test.binary, *test.flags, test.path]

    def env_for(self, test, thread_id):
        env = dict(os.environ)
        env['NODE_TEST_DIR'] = self.scratch
        env['TEST_THREAD_ID'] = str(thread_id)
        env['NODE_BINARY'] = test.binary
        if test.suite in ('parallel', 'reference'):
            env['TEST_PARALLEL'] = '1'
        else:
            env.pop('TEST_PARALLEL', None)
        return env

    def timeout_for(self, test):
        timeout = self.options.timeout
        if test.timeout is not None:
            timeout = max(timeout, test.timeout)
        return timeout

    def execute(self, test, thread_id):
        """Runs the test's command in its own process group; output goes to files, so that
        a grandchild that keeps a pipe open cannot hang the runner."""
        command = self.command_for(test)
        timeout = self.timeout_for(test)
        start = time.monotonic()
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            try:
                proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out,
                                        stderr=err, cwd=ROOT, env=self.env_for(test, thread_id),
                                        start_new_session=True)
            except OSError as e:
                return None, '', f'cannot run {command[0]}: {e}', time.monotonic() - start, False
            with self.lock:
                self.running[proc.pid] = proc
            timed_out = False
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                # Whatever the test left behind in its group goes too.
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                proc.wait()
                with self.lock:
                    self.running.pop(proc.pid, None)
            elapsed = time.monotonic() - start
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode('utf-8', 'replace')
            stderr = err.read().decode('utf-8', 'replace')
        return proc.returncode, stdout, stderr, elapsed, timed_out

    def run(self, test, thread_id):
        if test.kind == 'cctest' and not os.path.isfile(test.path):
            return Result(test, 'skip', f'{rootrel(test.path)} not built')
        if test.kind == 'addon':
            build = os.path.join(os.path.dirname(test.path), 'build')
            if not os.path.isdir(build):
                return Result(test, 'skip', f'{rootrel(build)} missing (addon not built)')
        if test.kind == 'output' and not os.path.isfile(expected_files(test)[0]):
            return Result(test, 'fail', f'no {rootrel(expected_files(test)[0])}')

        code, stdout, stderr, elapsed, timed_out = self.execute(test, thread_id)
        command = ' '.join(shlex.quote(c) for c in self.command_for(test))
        result = Result(test, 'pass', '', command, stdout, stderr, code, elapsed)
        if code is None:
            result.status, result.detail = 'fail', stderr
        elif timed_out:
            result.status, result.detail = 'fail', f'timed out after {self.timeout_for(test):g} s'
        elif test.kind == 'output':
            self.check_output(test, result)
        elif code < 0:
            result.status, result.detail = 'fail', f'killed by signal {-code}'
        elif code != 0:
            result.status, result.detail = 'fail', f'exit code {code}'
        else:
            skipped = SKIP_RE.search(stdout)
            if skipped:
                result.status, result.detail = 'skip', skipped.group(1).strip()
        return result

    def check_output(self, test, result):
        out_file, err_file, code_file = expected_files(test)
        problems = []
        expected_code_text = read_text(code_file)
        expected_code = int(expected_code_text.strip()) if expected_code_text else 0
        if result.code != expected_code:
            problems.append(f'exit code {result.code}, expected {expected_code}')
        for label, expected_file, actual in (('stdout', out_file, result.stdout),
                                             ('stderr', err_file, result.stderr)):
            expected = read_text(expected_file)
            if expected is None:
                continue
            result.compared += (label,)
            expected = normalise_output(expected, test.path)
            actual = normalise_output(actual, test.path)
            if expected != actual:
                problems.append(diff(expected, actual, label))
        if problems:
            result.status = 'fail'
            result.detail = '\n'.join(problems)

    def record(self, test):
        """Writes the normalised output of `test` as its expected output."""
        code, stdout, stderr, _, timed_out = self.execute(test, 0)
        if code is None or timed_out:
            sys.exit(f'test.py: {test.name}: could not record ({stderr or "timed out"})')
        out_file, err_file, code_file = expected_files(test)
        with open(out_file, 'w', encoding='utf-8') as f:
            f.write(normalise_output(stdout, test.path))
        if stderr:
            with open(err_file, 'w', encoding='utf-8') as f:
                f.write(normalise_output(stderr, test.path))
        elif os.path.exists(err_file):
            os.unlink(err_file)
        if code != 0:
            with open(code_file, 'w', encoding='utf-8') as f:
                f.write(f'{code}\n')
        elif os.path.exists(code_file):
            os.unlink(code_file)
        print(f'recorded {rootrel(out_file)} (exit code {code})')

    def remove_scratch(self):
        shutil.rmtree(self.scratch, ignore_errors=True)

    def kill_all(self):
        with self.lock:
            procs = list(self.running.values())
        for proc in procs:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def report_failure(result):
    summary = result.detail.splitlines()[0] if result.detail else 'failed'
    lines = [f'=== FAIL {result.test.name} ({summary}, {result.elapsed:.2f} s)']
    if result.command:
        lines.append(f'Command: {result.command}')
    if result.detail and '\n' in result.detail:
        lines.append(result.detail.rstrip())
    for label, text in (('stdout', result.stdout), ('stderr', result.stderr)):
        if text.strip() and label not in result.compared:
            lines.append(f'--- {label} ---')
            lines.append(shorten(text.rstrip()))
    return '\n'.join(lines)


def shorten(text, head=40, tail=80):
    """A failure's output, without the middle of a very long one."""
    lines = text.split('\n')
    if len(lines) <= head + tail:
        return text
    cut = len(lines) - head - tail
    return '\n'.join(lines[:head] + [f'[... {cut} lines ...]'] + lines[-tail:])


def main():
    parser = argparse.ArgumentParser(
        description='Runs tests in parallel. Suites: ' + ', '.join(SUITES) +
        '. Default: ' + ' '.join(DEFAULT_SUITES) + '.')
    parser.add_argument('--binary', help='the node binary to test (default: out/Release/node, '
                        'else ./node)')
    parser.add_argument('--reference', action='store_true',
                        help=f'test {REFERENCE_BINARY} (same as --binary {REFERENCE_BINARY})')
    parser.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1)
    parser.add_argument('--timeout', type=float, default=60.0,
                        help='seconds per test (a test may ask for more: // Timeout: S)')
    parser.add_argument('-v', '--verbose', action='store_true', help='print every test')
    parser.add_argument('--record', action='store_true',
                        help='output tests: write .out/.err/.code from the binary instead '
                        'of comparing (record with --reference)')
    parser.add_argument('tests', nargs='*', help='suites, files, directories or patterns')
    options = parser.parse_args()

    binary = REFERENCE_BINARY if options.reference else (options.binary or default_binary())
    binary = os.path.abspath(binary)
    tests = select_tests(options.tests, binary)
    missing = sorted({t.binary for t in tests
                      if t.kind != 'cctest' and not os.access(t.binary, os.X_OK)})
    if missing:
        sys.exit(f'test.py: no binary {", ".join(missing)}: build it, or give --binary PATH '
                 'or --reference')
    runner = Runner(options)
    os.makedirs(runner.scratch, exist_ok=True)
    try:
        return run_tests(runner, tests, options)
    finally:
        runner.remove_scratch()


def interrupt(signum, frame):
    raise KeyboardInterrupt


KNOWN_FAILURES = os.path.join(TEST_DIR, 'known_failures.txt')


def read_known_failures(binary):
    """test/known_failures.txt: `<suite>/<file>  # why`, tests of Node behaviour that need a
    module we do not have yet. Such a test still runs; its failure is reported as known, and
    its passing is an error until the line goes. Only for our binary: Node passes them all."""
    if binary == REFERENCE_BINARY:
        return {}
    known = {}
    try:
        with open(KNOWN_FAILURES, encoding='utf-8') as f:
            for line in f:
                name, _, why = line.partition('#')
                name = name.strip()
                if name:
                    known[name] = why.strip()
    except FileNotFoundError:
        pass
    return known


def run_tests(runner, tests, options):
    if options.record:
        for test in tests:
            if test.kind != 'output':
                sys.exit(f'test.py: --record is for output tests; {test.name} is not one')
            runner.record(test)
        return 0

    jobs = max(1, options.jobs)
    pending = queue.Queue()
    for test in tests:
        pending.put(test)
    results = []
    print_lock = threading.Lock()
    known = read_known_failures(os.path.abspath(options.binary or default_binary())
                                if not options.reference else REFERENCE_BINARY)

    def worker(thread_id):
        while not runner.interrupted:
            try:
                test = pending.get_nowait()
            except queue.Empty:
                return
            result = runner.run(test, thread_id)
            if test.name in known:
                if result.status == 'fail':
                    result.status = 'known'
                    result.detail = known[test.name]
                elif result.status == 'pass':
                    result.status = 'fail'
                    result.detail = 'passes now: remove it from test/known_failures.txt'
            with print_lock:
                results.append(result)
                if result.status == 'fail':
                    print(report_failure(result), flush=True)
                elif options.verbose:
                    note = f' ({result.detail})' if result.detail else ''
                    print(f'{result.status} {test.name}{note} {result.elapsed:.2f} s', flush=True)

    # On SIGTERM too, kill the tests' process groups (they do not get the runner's signals).
    signal.signal(signal.SIGTERM, interrupt)
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(jobs)]
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(0.2)
    except KeyboardInterrupt:
        runner.interrupted = True
        runner.kill_all()
        print('test.py: interrupted', file=sys.stderr)
        return 130

    passed = [r for r in results if r.status == 'pass']
    failed = [r for r in results if r.status == 'fail']
    skipped = [r for r in results if r.status == 'skip']
    known_failed = [r for r in results if r.status == 'known']
    for r in skipped:
        print(f'skipped {r.test.name}: {r.detail}')
    for r in known_failed:
        print(f'known failure {r.test.name}: {r.detail}')
    if failed:
        print('Failed: ' + ' '.join(r.test.name for r in failed))
    if skipped:
        print(f'{len(skipped)} skipped')
    if known_failed:
        print(f'{len(known_failed)} known failures (test/known_failures.txt)')
    print(f'{len(passed)} passed, {len(failed)} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
