'use strict';
// Under a real terminal (a pty made by util-linux's `script`): process.stdin and
// process.stdout are tty streams; setRawMode() changes the terminal and the mode is put back
// when the process exits; the size, the control sequences, 'resize' on a new size; readline's
// line editor answering a question from typed keys (a backspace included).
const common = require('../common');
const assert = require('assert');
const { spawnSync, execFileSync } = require('child_process');

try {
  execFileSync('script', ['-V'], { stdio: 'ignore' });
} catch {
  common.skip('needs script (util-linux)');
}

function underPty(code, input) {
  const cmd = `'${process.execPath}' -e '${code.replace(/'/g, `'\\''`)}'; stty -g`;
  const child = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    input: input ?? '', encoding: 'latin1', timeout: 30000,
  });
  assert.strictEqual(child.status, 0, child.stderr);
  return child.stdout;
}

{
  const out = underPty(`
    const { execSync } = require("child_process");
    const mode = () => execSync("stty -g", { stdio: ["inherit", "pipe", "pipe"] }).toString().trim();
    const before = mode();
    const { stdin, stdout } = process;
    stdin.setRawMode(true);
    const changed = mode() !== before;
    const info = [stdin.constructor.name, stdout.constructor.name, stdin.isTTY, stdout.isTTY,
                  stdin.isRaw, changed, stdout._type, typeof stdout.columns, typeof stdout.rows,
                  Array.isArray(stdout.getWindowSize()), require("tty").isatty(0)];
    stdout.write(JSON.stringify(info) + "\\n");
    stdout.write("<");
    stdout.cursorTo(3);
    stdout.cursorTo(3, 4);
    stdout.moveCursor(-2, 1);
    stdout.clearLine(0);
    stdout.clearScreenDown();
    stdout.write(">\\n" + before + "\\n");
    process.exit();
  `);
  const lines = out.split('\r\n');
  assert.deepStrictEqual(JSON.parse(lines[0]), [
    'ReadStream', 'WriteStream', true, true, true, true, 'tty', 'number', 'number', true, true,
  ]);
  assert.strictEqual(lines[1], '<\x1b[4G\x1b[5;4H\x1b[2D\x1b[1B\x1b[2K\x1b[0J>');
  // the mode after the exit (stty -g) is the one before raw mode
  assert.strictEqual(lines[3], lines[2]);
}

{
  // script passes its input to the terminal: "bob", a backspace, "b", Enter, typed once the
  // prompt is there (so that the terminal is in raw mode by then)
  const { spawn } = require('child_process');
  const code = `
    const rl = require("readline").createInterface({ input: process.stdin, output: process.stdout });
    rl.question("name? ", (answer) => {
      console.log("[" + answer + "]", String(rl.terminal));
      rl.close();
    });
  `;
  const child = spawn('script', ['-qec', `'${process.execPath}' -e '${code}'`, '/dev/null']);
  let out = '';
  let typed = false;
  child.stdout.setEncoding('latin1');
  child.stdout.on('data', (data) => {
    out += data;
    if (!typed && out.includes('name? ')) {
      typed = true;
      child.stdin.write('bob\x7fb\r');
    }
  });
  child.on('close', common.mustCall((status) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(out, '\x1b[1G\x1b[0Jname? \x1b[7Gbob\x1b[1G\x1b[0Jname? bo\x1b[9Gb\r\r\n' +
                            '[bob] true\r\n');
  }));
}

{
  // a new terminal size (stty sends SIGWINCH to the foreground process) comes as 'resize'
  const out = underPty(`
    process.stdout.on("resize", () => {
      process.stdout.write(JSON.stringify([process.stdout.columns, process.stdout.rows,
                                           process.stdout.getWindowSize()]) + "\\n");
      process.exit();
    });
    require("child_process").execSync("stty cols 91 rows 27", { stdio: "inherit" });
    // the signal comes from the loop: something must keep it running until then
    setTimeout(() => {}, 20000);
  `);
  assert.deepStrictEqual(JSON.parse(out.split('\r\n')[0]), [91, 27, [91, 27]]);
}
