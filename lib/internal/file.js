'use strict';
// File (the File API): a Blob with a name and a modification time.

const { Blob } = require('internal/blob');
const {
  codes: {
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { customInspectSymbol, kEmptyObject } = require('internal/util');

let inspect;

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? kEmptyObject;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    // A USVString: lone surrogates become U+FFFD.
    this.#name = `${fileName}`.replace(/[\ud800-\udfff]/gu, '\ufffd');
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    // What inspect prints for an object past its depth.
    if (depth < 0) return options.stylize('[File]', 'special');
    if (inspect === undefined) inspect = require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: { enumerable: true },
  lastModified: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'File' },
});

module.exports = { File };
