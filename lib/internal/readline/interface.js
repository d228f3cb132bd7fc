'use strict';
// The readline Interface shared by readline and readline/promises: lines from an input
// stream ('line', 'close', question(), async iteration), and in terminal mode a line editor
// over raw keystrokes (cursor movement, deletion, history, tab completion) that redraws
// itself with the escape sequences of internal/readline/callbacks.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSawKeyPress,
} = require('internal/readline/utils');

const kHistorySize = 30;
const kMaxHistorySize = 2048;
const kMinCrlfDelay = 100;
const kLineEnding = /\r?\n|\r(?!\n)/g;

const kClosed = Symbol('closed');
const kDecoder = Symbol('decoder');
const kLineBuffer = Symbol('lineBuffer');
const kOldPrompt = Symbol('oldPrompt');
const kPrompt = Symbol('prompt');
const kPrevRows = Symbol('prevRows');
const kQuestionCallback = Symbol('questionCallback');
const kSawReturnAt = Symbol('sawReturnAt');
const kLineObjectStream = Symbol('lineObjectStream');
const kHistoryIndex = Symbol('historyIndex');
const kHistoryDraft = Symbol('historyDraft');

// The constructor's work, as a function: readline.Interface is a plain function that
// legacy code may call on its own object (Interface.call(this, ...)).
function setupInterface(input, output, completer, terminal) {
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;

  if (input?.input) {
    // createInterface(options)
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  // without `terminal`, the output tells: a TTY output means terminal mode
  if (terminal === undefined && output !== null && output !== undefined) {
    terminal = Boolean(output.isTTY);
  }

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = Boolean(removeHistoryDuplicates);
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = Boolean(terminal);

  this[kClosed] = false;
  this[kLineBuffer] = null;
  this[kQuestionCallback] = null;
  this[kSawReturnAt] = 0;
  this[kSawKeyPress] = false;
  this[kPrevRows] = 0;
  this[kDecoder] = new StringDecoder('utf8');

  const onerror = (err) => this.emit('error', err);
  const ondata = (data) => this._normalWrite(data);
  const onend = () => {
    // the last line, when the input did not end with a line ending
    if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) {
      this.emit('line', this[kLineBuffer]);
    }
    this.close();
  };
  const onkeypress = (s, key) => {
    this._ttyWrite(s, key);
    if (key && key.sequence) {
      // a lone surrogate half waits for the other before anything is redrawn
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) this._refreshLine();
    }
  };
  const ontermend = () => {
    if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
    this.close();
  };
  const onresize = () => this._refreshLine();

  input.on('error', onerror);
  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    this[kHistoryIndex] = -1;
    this[kHistoryDraft] = '';
    if (output !== null && output !== undefined) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  input.resume();
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    setupInterface.call(this, input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this[kPrompt]);
    }
  }

  _question(query, cb) {
    if (this[kClosed]) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  // An AbortSignal gave up on the question: the prompt goes back, the line is dropped.
  _questionCancel() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  close() {
    if (this[kClosed]) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this[kClosed] = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data, key);
    else this._normalWrite(data);
  }

  // Input that is not a terminal: lines split at \n, \r\n or \r (a \r\n split across chunks
  // counts once when the \n comes within crlfDelay).
  _normalWrite(data) {
    if (data === undefined) return;
    let string = this[kDecoder].write(data);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (string === '') return;
    kLineEnding.lastIndex = 0;
    if (!kLineEnding.test(string)) {
      this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + string : string;
      return;
    }
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    kLineEnding.lastIndex = 0;
    let match;
    while ((match = kLineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, match.index));
      start = kLineEnding.lastIndex;
    }
    // what follows the last line ending: the start of the next line
    this[kLineBuffer] = string.slice(start);
    for (const line of lines) {
      if (this[kClosed]) break;
      this._onLine(line);
    }
  }

  // -- terminal mode: the line editor --

  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // a wide character does not straddle the edge
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    return this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor));
  }

  _refreshLine() {
    const line = this[kPrompt] + this.line;
    const dispPos = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    // up to the first row of the prompt, to its start, clear, write all, and back
    if (this[kPrevRows] > 0) moveCursor(this.output, 0, -this[kPrevRows]);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // a line that fills its last row exactly needs the terminal to open the next one
    if (dispPos.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this[kPrevRows] = cursorPos.rows;
  }

  _insertString(c) {
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      // a typed key that wraps redraws; pasted text is written as it comes
      if (oldPos.rows < newPos.rows && this[kSawKeyPress]) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      const n = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      const n = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      const before = this.line.slice(0, this.cursor);
      const match = /(?:[^\w\s]+|\w+|)\s*$/.exec(before);
      const kept = before.slice(0, before.length - match[0].length);
      this.line = kept + this.line.slice(this.cursor);
      this.cursor = kept.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      const after = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(after);
      this.line = this.line.slice(0, this.cursor) + after.slice(match[0].length);
      this._refreshLine();
    }
  }

  _wordLeft() {
    if (this.cursor > 0) {
      const before = this.line.slice(0, this.cursor);
      const match = /(?:[^\w\s]+|\w+|)\s*$/.exec(before);
      this._moveCursor(-match[0].length);
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const after = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(after);
      this._moveCursor(match[0].length);
    }
  }

  _deleteLineLeft() {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this[kPrevRows] = 0;
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this[kHistoryIndex] = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  _line() {
    const line = this._addHistory();
    this.clearLine();
    this._onLine(line);
  }

  _historyMove(step) {
    const index = this[kHistoryIndex] + step;
    if (index < -1 || index >= Math.min(this.history.length, kMaxHistorySize)) return;
    if (this[kHistoryIndex] === -1) this[kHistoryDraft] = this.line;
    this[kHistoryIndex] = index;
    this.line = index === -1 ? this[kHistoryDraft] : this.history[index];
    this.cursor = this.line.length;
    this._refreshLine();
  }

  _tabComplete() {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    const done = (err, value) => {
      this.resume();
      if (err) {
        this.emit('error', err);
        return;
      }
      if (!Array.isArray(value) || !Array.isArray(value[0])) return;
      const [completions, completeOn = ''] = value;
      const matches = completions.filter((c) => typeof c === 'string' && c !== '');
      if (matches.length === 0) return;
      const prefix = commonPrefix(matches);
      if (prefix.length > completeOn.length) {
        this._insertString(prefix.slice(completeOn.length));
        return;
      }
      if (matches.length === 1) return;
      // several ways to go on: list them under the line, then redraw it
      const width = Math.max(...matches.map((m) => getStringWidth(m))) + 2;
      const perRow = Math.max(1, Math.floor(this.columns / width)) || 1;
      let out = '\r\n';
      for (let i = 0; i < matches.length; i++) {
        out += matches[i];
        if ((i + 1) % perRow === 0 || i === matches.length - 1) out += '\r\n';
        else out += ' '.repeat(width - getStringWidth(matches[i]));
      }
      this._writeToOutput(`${out}\r\n`);
      this[kPrevRows] = 0;
      this._refreshLine();
    };
    if (this.completer.length === 2) {
      this.completer(string, done);
    } else {
      let result;
      try {
        result = this.completer(string);
      } catch (err) {
        done(err);
        return;
      }
      if (result && typeof result.then === 'function') result.then((v) => done(null, v), done);
      else done(null, result);
    }
  }

  _ttyWrite(s, key) {
    key = key || {};
    if (key.name === 'escape') return;
    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this._deleteLineLeft(); return;
        case 'delete': this._deleteLineRight(); return;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          return;
        case 'h': this._deleteLeft(); return;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) {
            this.emit('SIGTSTP');
            return;
          }
          // suspend the process as the shell would; once continued, raw mode and the line
          // come back
          process.once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          process.kill(process.pid, 'SIGTSTP');
          return;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this._deleteRight();
          return;
        case 'u': this._deleteLineLeft(); return;
        case 'k': this._deleteLineRight(); return;
        case 'a': this._moveCursor(-Infinity); return;
        case 'e': this._moveCursor(+Infinity); return;
        case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
        case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); return;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          return;
        case 'n': this._historyMove(-1); return;
        case 'p': this._historyMove(+1); return;
        case 'w':
        case 'backspace': this._deleteWordLeft(); return;
        case 'delete': this._deleteWordRight(); return;
        case 'left': this._wordLeft(); return;
        case 'right': this._wordRight(); return;
      }
      return;
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); return;
        case 'f': this._wordRight(); return;
        case 'd':
        case 'delete': this._deleteWordRight(); return;
        case 'backspace': this._deleteWordLeft(); return;
      }
      return;
    }

    if (key.name !== 'enter') this[kSawReturnAt] = 0;
    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this._line();
        return;
      case 'enter':
        // the \n of a \r\n was already a line
        if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
          this._line();
        }
        this[kSawReturnAt] = 0;
        return;
      case 'backspace': this._deleteLeft(); return;
      case 'delete': this._deleteRight(); return;
      case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
      case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); return;
      case 'home': this._moveCursor(-Infinity); return;
      case 'end': this._moveCursor(+Infinity); return;
      case 'up': this._historyMove(+1); return;
      case 'down': this._historyMove(-1); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this._tabComplete();
          return;
        }
        break;
    }
    if (typeof s === 'string' && s) {
      // pasted text may hold several lines
      const lines = s.split(/\r\n|\n|\r/);
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) this._line();
        this._insertString(lines[i]);
      }
    }
  }

  // Lines as an async iterator; the input pauses while the consumer is behind.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const { Readable } = require('stream');
      const readable = new Readable({
        objectMode: true,
        read: () => {
          this.resume();
        },
        destroy: (err, cb) => {
          this.off('line', lineListener);
          this.off('close', closeListener);
          this.close();
          cb(err);
        },
      });
      const lineListener = (input) => {
        if (!readable.push(input)) this.pause();
      };
      const closeListener = () => {
        readable.push(null);
      };
      const errorListener = (err) => {
        readable.destroy(err);
      };
      this.on('error', errorListener);
      this.on('line', lineListener);
      this.on('close', closeListener);
      this[kLineObjectStream] = readable;
    }
    return this[kLineObjectStream][Symbol.asyncIterator]();
  }
}

module.exports = {
  Interface,
  setupInterface,
  kClosed,
  kQuestionCallback,
};
